package io.closewright.nurture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a drip email's subject and body may use, written {@code {{firstName}}}, and how they
 * are filled in for one contact of one deal. An unknown placeholder is refused when a campaign is saved,
 * so no recipient ever reads a raw {@code {{...}}}.
 */
final class DripText {

    /** The placeholders, each with what it stands for. */
    static final Map<String, String> PLACEHOLDERS = placeholders();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private DripText() {}

    private static Map<String, String> placeholders() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("firstName", "the contact's first name");
        p.put("contactName", "the contact's full name");
        p.put("accountName", "the buyer's company");
        p.put("dealName", "the deal's name");
        p.put("repName", "the deal owner's name");
        p.put("repEmail", "the deal owner's email");
        p.put("repSignature", "the deal owner's signature: name, email and your company");
        return java.util.Collections.unmodifiableMap(p);
    }

    /** The placeholders in {@code text} that are not known, in alphabetical order. */
    static Set<String> unknown(String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!PLACEHOLDERS.containsKey(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /** {@code text} with every placeholder replaced by its value for {@code recipient}. */
    static String fill(String text, Recipient recipient) {
        Map<String, String> values = recipient.values();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Who an email is for and from: the values of the placeholders. */
    record Recipient(
            String contactName,
            String accountName,
            String dealName,
            String repName,
            String repEmail,
            String workspaceName) {

        String firstName() {
            String name = contactName == null ? "" : contactName.strip();
            List<String> words = List.of(name.split("\\s+"));
            return words.isEmpty() || words.get(0).isEmpty() ? "there" : words.get(0);
        }

        Map<String, String> values() {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("firstName", firstName());
            v.put("contactName", contactName);
            v.put("accountName", accountName);
            v.put("dealName", dealName);
            v.put("repName", repName);
            v.put("repEmail", repEmail);
            v.put("repSignature", repName + "\n" + repEmail + "\n" + workspaceName);
            return v;
        }
    }
}
