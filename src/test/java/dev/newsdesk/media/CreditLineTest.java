package dev.newsdesk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CreditLineTest {

    @Test
    void theEditorsOwnLineWinsElseTheTypesLabelAndTheNames() {
        assertEquals("사진 : 강서연", CreditLine.of(MediaType.IMAGE, "Kang Seo-yeon", "사진 : 강서연"));
        assertEquals("Photo : Harbour Light Agency", CreditLine.of(MediaType.IMAGE, "Harbour Light Agency", null));
        assertEquals("Graphic : Desk", CreditLine.of(MediaType.GRAPHIC, "Desk", null));
        assertEquals("Video : Desk", CreditLine.of(MediaType.VIDEO, "Desk", null));
        assertEquals("Audio : Radio", CreditLine.of(MediaType.AUDIO, "Radio", null));
        assertNull(CreditLine.of(MediaType.IMAGE, null, null));
    }

    @Test
    void linesStoredBeforeTheSplitGiveTheirNames() {
        assertEquals("Jung Ha-eun / Harbour Light Agency",
                CreditLine.namesOf("Photo : Jung Ha-eun / Harbour Light Agency"));
        assertEquals("강서연 / 하버 헤럴드", CreditLine.namesOf("사진 : 강서연 / 하버 헤럴드"));
        assertNull(CreditLine.namesOf("Harbour Light Agency"));
        assertNull(CreditLine.namesOf(" : nobody's label"));
        assertNull(CreditLine.namesOf("Photo : "));
        assertNull(CreditLine.namesOf(null));
    }
}
