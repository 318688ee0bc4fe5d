package vn.tiendo.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.tiendo.common.Paging;

@ApplicationScoped
public class NotificationRepository implements PanacheRepository<Notification> {
    public List<Notification> ofUser(long userId, boolean unreadOnly, Paging paging) {
        return find(
                        "userId = ?1" + (unreadOnly ? " and readAt is null" : "") + " order by createdAt desc, id desc",
                        userId)
                .page(paging.panache())
                .list();
    }

    public long countOfUser(long userId, boolean unreadOnly) {
        return count("userId = ?1" + (unreadOnly ? " and readAt is null" : ""), userId);
    }
}
