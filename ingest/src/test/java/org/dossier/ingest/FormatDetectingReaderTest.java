package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectingReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "file:///a/page.html | plain words | true",
        "file:///a/page.HTM | plain words | true",
        "file:///a/page.html.gz | plain words | true",
        "file:///a/article.txt | <!DOCTYPE html><html><body>x</body></html> | true",
        "file:///a/article.txt |   <html lang=en> | true",
        "file:///a/article.txt | Ishiba met Trump <b>today</b>. | false",
        "file:///a/article.txt | plain words | false",
    })
    void recognizesHtmlByNameOrFirstBytes(String uri, String content, boolean html) {
        RawInput in = new RawInput("a", uri, content.getBytes(StandardCharsets.UTF_8));
        assertThat(FormatDetectingReader.isHtml(in)).isEqualTo(html);
    }
}
