package org.dossier.present.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(HtmlText.escape("<a href=\"x\">Tom's & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&lt;/a&gt;");
        assertThat(HtmlText.escape(null)).isEmpty();
    }

    @Test
    void makesJsonSafeInsideAScriptBlock() {
        assertThat(HtmlText.scriptJson("{\"t\":\"</script><!-- & \u2028\"}"))
                .isEqualTo("{\"t\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}");
    }

    @Test
    void hashesForTheContentSecurityPolicy() {
        assertThat(HtmlText.cspHash("")).isEqualTo("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    }
}
