package vn.tiendo.evidence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Minh chứng: a file attached to one report version (its bytes are in {@link AttachmentContent}). */
@Entity
public class Attachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id")
    public Long reportId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    public String sha256;

    @Column(name = "uploaded_by")
    public Long uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
