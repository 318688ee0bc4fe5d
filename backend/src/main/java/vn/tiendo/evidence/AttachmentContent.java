package vn.tiendo.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart so that listing never reads them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {
    @Id
    @Column(name = "attachment_id")
    public Long attachmentId;

    public byte[] content;
}
