package vn.tiendo.member;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PendingMemberPage")
public record PendingPage(List<PendingMember> items, int page, int size, long total) {}
