package org.dossier.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.present.internal.HtmlText;
import org.dossier.present.internal.Resources;
import org.junit.jupiter.api.Test;

class HtmlDossierWriterTest {

    private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"dossier-data\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private final HtmlDossierWriter writer = new HtmlDossierWriter();
    private final String html = writer.render(SampleDossiers.full());

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as("%s in page", p).isTrue();
        return m.group(1);
    }

    @Test
    void savesAsIndexHtml() {
        assertThat(writer.fileName()).isEqualTo("index.html");
    }

    @Test
    void embedsTheDossierJsonAsData() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(group(DATA, html))).isEqualTo(mapper.readTree(new JsonDossierWriter().render(SampleDossiers.full())));
    }

    @Test
    void articleMarkupCannotLeaveTheDataBlock() {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("</script> and");
        assertThat(group(DATA, html)).contains("A reader posted \\u003cscript\\u003ealert(1)\\u003c/script\\u003e and \\u003cimg src=x");
        assertThat(html.split("</script>", -1)).as("exactly two script blocks").hasSize(3);
    }

    @Test
    void escapesTheTitle() {
        assertThat(html).contains("<title>Ishiba\u2013Trump summit &lt;Washington&gt;</title>");
    }

    @Test
    void inlinesTheViewScriptAndStyle() {
        assertThat(group(SCRIPT, html)).isEqualTo(Resources.text(HtmlDossierWriter.SCRIPT_RESOURCE));
        assertThat(group(STYLE, html)).isEqualTo(Resources.text(HtmlDossierWriter.STYLE_RESOURCE));
    }

    @Test
    void allowsOnlyItsOwnScriptAndStyleAndNoConnections() {
        String policy = "default-src 'none'; script-src " + HtmlText.cspHash(group(SCRIPT, html)) + "; style-src "
                + HtmlText.cspHash(group(STYLE, html)) + "; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'";
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlText.escape(policy) + "\">");
    }

    @Test
    void loadsNothingFromOutside() {
        String page = DATA.matcher(html).replaceAll("");
        assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("<link").doesNotContain(" src=")
                .doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void viewScriptBuildsTheDomFromTextOnly() {
        assertThat(Resources.text(HtmlDossierWriter.SCRIPT_RESOURCE)).doesNotContain("innerHTML").doesNotContain("outerHTML")
                .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(")
                .contains("textContent").contains("text.slice(start, end)");
    }
}
