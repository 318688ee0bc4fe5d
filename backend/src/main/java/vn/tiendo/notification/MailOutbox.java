package vn.tiendo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import org.jboss.logging.Logger;

import vn.tiendo.common.AfterCommit;

/**
 * E-mails leave only once the transaction that decided them commits: a rolled-back claim sends nothing. The
 * in-app notification is the record; a mail server that is down loses the mail (logged), never the notice.
 */
@ApplicationScoped
public class MailOutbox {
    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    @Inject
    Mailer mailer;

    @Inject
    AfterCommit afterCommit;

    public void sendAfterCommit(Mail mail) {
        afterCommit.run(() -> {
            try {
                mailer.send(mail);
            } catch (RuntimeException e) {
                LOG.warnf("could not send mail '%s' to %s: %s", mail.getSubject(), mail.getTo(), e.getMessage());
            }
        });
    }
}
