package dev.newsdesk.edition;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What a delivery answer says about its language, filled by the service that chose it and written as headers by
 * {@link EditionHeadersFilter}: Content-Language, Newsdesk-Requested-Language, Vary: Accept-Language and the
 * alternates' Link headers.
 */
@RequestScoped
public class ServedEdition {

    private String contentLanguage;
    private String requestedLanguage;
    private boolean varyOnAcceptLanguage;
    private final List<String> links = new ArrayList<>();
    private String contentLocation;

    /** An answer in one edition (or, for {@code *}, the editions listed). */
    public void served(String contentLanguage, String requestedLanguage, boolean varyOnAcceptLanguage) {
        this.contentLanguage = contentLanguage;
        this.requestedLanguage = requestedLanguage;
        this.varyOnAcceptLanguage = varyOnAcceptLanguage;
    }

    public void served(LanguageNegotiation.Negotiated negotiated, Editions editions) {
        served(negotiated.all() ? String.join(", ", editions.languages()) : negotiated.language(),
                negotiated.language(), negotiated.headerMatters());
    }

    /** An RFC 8288 link to a translation: {@code <url>; rel="alternate"; hreflang="ko"}. */
    public void alternate(String url, String hreflang) {
        links.add(alternateLink(url, hreflang));
    }

    /** A Link header value as {@link #alternate} writes it, kept with a stored representation. */
    public void link(String value) {
        links.add(value);
    }

    public static String alternateLink(String url, String hreflang) {
        return "<" + url + ">; rel=\"alternate\"; hreflang=\"" + hreflang + "\"";
    }

    /** Where the representation served lives, when it is not what the request addressed (a translation). */
    public void contentLocation(String path) {
        this.contentLocation = path;
    }

    public String contentLocation() { return contentLocation; }
    public String contentLanguage() { return contentLanguage; }
    public String requestedLanguage() { return requestedLanguage; }
    public boolean varyOnAcceptLanguage() { return varyOnAcceptLanguage; }
    public List<String> links() { return links; }
}
