package lab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradebookHtmlTest {

    @Test
    void whatASubmissionSaysIsShownAsTextMarkupAndControlCharactersEscaped() {
        String said = "<script>alert('x')</script> & \u001b[2J\u001b]0;owned\u0007 done\nnext\tline";

        assertThat(GradebookHtml.escape(said)).as("a submission's message in the gradebook")
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; \\u001b[2J\\u001b]0;owned\\u0007 done\nnext\tline");
    }

    @Test
    void aSubmissionsOutputLogShowsATerminalsEscapesAsText() {
        byte[] printed = "\u001b[31mred\u001b[0m\tok\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(new String(WarmJudge.withControlsShown(printed), java.nio.charset.StandardCharsets.UTF_8))
                .as("a line of output.log").isEqualTo("\\x1b[31mred\\x1b[0m\tok\n");
    }
}
