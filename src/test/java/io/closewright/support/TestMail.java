package io.closewright.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The real SMTP server every test application sends mail to: one GreenMail per test JVM on a free port
 * (so parallel builds on one machine never collide), started with the first application context and
 * pointed at by {@code spring.mail.host}/{@code spring.mail.port} (see {@link TestDatabaseInitializer}).
 * Tests read what arrived with {@link #received()} and start clean with {@link #purge()}.
 */
public final class TestMail {

    private static volatile GreenMail server;

    private TestMail() {}

    /** The running server, started on first use. */
    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(ServerSetup.SMTP.dynamicPort());
            started.start();
            server = started;
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Every message received since the last {@link #purge()}. */
    public static List<MimeMessage> received() {
        return Arrays.asList(server().getReceivedMessages());
    }

    /** The messages received for one recipient address. */
    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> isFor(m, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets every message received so far. */
    public static void purge() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
