package vn.tiendo.evidence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {
    /** An attachment with the version of the report it came with. */
    public record Row(Attachment attachment, int reportVersion, String uploadedByName) {}

    /** Attachments of this assignment's reports up to this version: a resubmission keeps the evidence filed before. */
    public List<Row> upTo(long assignmentId, int version) {
        return getEntityManager()
                .createQuery(
                        """
                select new vn.tiendo.evidence.AttachmentRepository$Row(x, r.version, u.fullName)
                from Attachment x join Report r on r.id = x.reportId left join AppUser u on u.id = x.uploadedBy
                where r.assignmentId = :a and r.version <= :v order by r.version, x.id""",
                        Row.class)
                .setParameter("a", assignmentId)
                .setParameter("v", version)
                .getResultList();
    }

    public long countFor(long reportId) {
        return count("reportId", reportId);
    }
}
