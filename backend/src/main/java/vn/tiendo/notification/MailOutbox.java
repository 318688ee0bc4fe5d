package vn.tiendo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

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
    TransactionSynchronizationRegistry transactions;

    public void sendAfterCommit(Mail mail) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        mailer.send(mail);
                    } catch (RuntimeException e) {
                        LOG.warnf("could not send mail '%s' to %s: %s", mail.getSubject(), mail.getTo(), e.getMessage());
                    }
                }
            }
        });
    }
}
