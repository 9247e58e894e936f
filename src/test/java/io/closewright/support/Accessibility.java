package io.closewright.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on the page a browser shows and fails with a
 * readable list of every violation: the rule, what it asks, and each offending element.
 */
final class Accessibility {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    /**
     * @throws AssertionError when the page violates any rule
     */
    static void check(WebDriver driver, String when) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG 2.1 AA violations on " + driver.getCurrentUrl() + " (" + when + "):\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary =
                node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ");
        return "    " + node.getTarget() + " " + abbreviate(node.getHtml()) + "\n      " + summary;
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "..." : html;
    }
}
