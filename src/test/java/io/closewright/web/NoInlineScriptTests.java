package io.closewright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages work under a Content-Security-Policy without {@code 'unsafe-inline'} or
 * {@code 'unsafe-eval'} for scripts: no template has an inline script, an event-handler attribute, an
 * {@code hx-on} attribute or a {@code javascript:} URL, and no script of ours evaluates strings.
 */
class NoInlineScriptTests {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern HX_ON = Pattern.compile("\\shx-on[:-]", Pattern.CASE_INSENSITIVE);
    private static final Pattern JS_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVAL =
            Pattern.compile("\\beval\\s*\\(|new\\s+Function\\s*\\(|setTimeout\\s*\\(\\s*[\"']");

    @Test
    void templatesHaveNoInlineScriptOrHandlers() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : files(Path.of("src", "main", "jte"), ".jte")) {
            String text = Files.readString(template);
            for (Pattern p : List.of(INLINE_SCRIPT, HANDLER, HX_ON, JS_URL)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(template + ": " + m.group().trim());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void ourScriptsEvaluateNoStrings() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path script : files(Path.of("src", "main", "resources", "static", "js"), ".js")) {
            Matcher m = EVAL.matcher(Files.readString(script));
            while (m.find()) {
                found.add(script + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script src=\"/js/a.js\"></script>").find())
                .isFalse();
        assertThat(HANDLER.matcher("<form onsubmit=\"return confirm('x')\">").find())
                .isTrue();
        assertThat(HANDLER.matcher("<div data-confirm=\"x\" class=\"one\">").find())
                .isFalse();
        assertThat(HX_ON.matcher("<button hx-on:click=\"x()\">").find()).isTrue();
        assertThat(EVAL.matcher("var f = new Function('return 1');").find()).isTrue();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
