package dev.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void plainTextNeverDecodesIntoATag() {
        assertEquals("Port reopens", RichText.plain("&lt;script&gt;alert(1)&lt;/script&gt; Port reopens"));
        assertEquals("x", RichText.plain("&amp;lt;b&amp;gt;x&amp;lt;/b&amp;gt;"));
        assertEquals("", RichText.plain("<i></i>"));
        assertEquals("a < b & c", RichText.plain("a &lt; b &amp; c"));
        assertEquals("AT&T", RichText.plain("AT&T"));
    }

    @Test
    void keepsInlineFormattingAndSafeLinks() {
        assertEquals("<b>a</b> <i>b</i> <em>c</em> <strong>d</strong> <a href=\"mailto:x@example.com\" rel=\"noopener nofollow\">e</a>",
                RichText.html("<b>a</b> <i>b</i> <em>c</em> <strong>d</strong> <a href=\"mailto:x@example.com\">e</a>"));
    }

    @Test
    void dropsScriptsEventHandlersAndScriptUrls() {
        assertEquals("hi", RichText.html("<script>alert(1)</script>hi"));
        assertEquals("<b>x</b>", RichText.html("<b onclick=\"steal()\" onmouseover=x>x</b>"));
        assertEquals("<a rel=\"noopener nofollow\">x</a>", RichText.html("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("<a rel=\"noopener nofollow\">x</a>", RichText.html("<a href=\"JaVaScRiPt:alert(1)\">x</a>"));
        assertEquals("<a rel=\"noopener nofollow\">x</a>", RichText.html("<a href=\"data:text/html,<script>\">x</a>"));
        assertEquals("", RichText.html("<iframe src=\"https://evil.example\"></iframe><img src=x onerror=alert(1)>"));
        assertEquals("x", RichText.html("<svg onload=alert(1)>x</svg>"));
    }

    @Test
    void plainTextLosesEveryTagButKeepsCharacters() {
        assertEquals("Tom & Jerry say 1 < 2", RichText.plain("Tom & Jerry say <b>1 &lt; 2</b>"));
        assertEquals("Seoul", RichText.plain("<script>x()</script>Seoul"));
    }
}
