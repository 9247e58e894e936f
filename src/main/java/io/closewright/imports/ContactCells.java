package io.closewright.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contacts of a row from its contact column and its contact email column. The contact column
 * holds one or more contacts separated by semicolons, each a name, an email, or a name with its email
 * in brackets as HubSpot writes associations ({@code Jane Doe (jane@acme.com); Bob Roe}). A contact
 * email column gives the email of a row's only contact (or is the contact, when there is no name).
 */
final class ContactCells {

    private static final Pattern NAMED = Pattern.compile("^(.*?)\\s*[(<]\\s*([^()<>\\s]+@[^()<>\\s]+)\\s*[)>]$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private ContactCells() {}

    /** The row's contacts, each once (by {@link SourceContact#key()}); a bad name or email is a bad row. */
    static List<SourceContact> read(String contactCell, String emailCell) throws ImportedValues.BadValue {
        List<SourceContact> read = new ArrayList<>();
        for (String part : contactCell.split(";")) {
            String entry = part.trim();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher named = NAMED.matcher(entry);
            if (named.matches()) {
                String email = email(named.group(2));
                read.add(new SourceContact(named.group(1).isBlank() ? email : name(named.group(1)), email));
            } else if (EMAIL.matcher(entry).matches()) {
                read.add(new SourceContact(email(entry), email(entry)));
            } else {
                read.add(new SourceContact(name(entry), null));
            }
        }
        String email = emailCell.trim();
        if (!email.isEmpty()) {
            if (read.isEmpty()) {
                read.add(new SourceContact(email(email), email(email)));
            } else if (read.size() == 1 && read.get(0).email() == null) {
                read.set(0, new SourceContact(read.get(0).name(), email(email)));
            }
        }
        Map<String, SourceContact> once = new LinkedHashMap<>();
        read.forEach(c -> once.putIfAbsent(c.key(), c));
        return List.copyOf(once.values());
    }

    private static String name(String name) throws ImportedValues.BadValue {
        String n = name.trim();
        if (n.length() > 200) {
            throw new ImportedValues.BadValue("contact name is longer than 200 characters");
        }
        return n;
    }

    private static String email(String email) throws ImportedValues.BadValue {
        String e = email.trim();
        if (e.length() > 320 || !EMAIL.matcher(e).matches()) {
            throw new ImportedValues.BadValue("contact email '" + ImportedValues.shorten(e) + "' is not an email");
        }
        return e;
    }
}
