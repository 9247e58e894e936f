package io.closewright.demo.bench;

import java.util.List;

/** The generated accounts (ids and names by index) and their contacts, {@code perAccount} each in order. */
record AccountBook(List<Long> ids, List<String> names, List<Long> contactIds, int perAccount) {

    /** The id of contact {@code c} (0 is the champion, 1 the economic buyer) of account index {@code account}. */
    long contact(int account, int c) {
        return contactIds.get(account * perAccount + c % perAccount);
    }
}
