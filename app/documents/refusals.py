"""The documents service's refusals: each carries its status, stable code and message (the engine's own
errors, app/documents/errors.py, carry none: the service turns them into these)."""

from __future__ import annotations

from app.core.errors import AppError, Conflict, NotFound, Unprocessable
from app.core.i18n import Text


class SigningCertificateMissing(Conflict):
    code = "signing_certificate_missing"
    message = Text(
        "{unit} chưa có chứng thư số để ký văn bản (thiếu khóa và chứng thư của đơn vị trong kho khóa); "
        "vẫn có thể xem trước bản nháp.",
        "{unit} has no signing certificate (its key and certificate are missing from the key store); the "
        "unsigned draft may still be previewed.",
    )


class SigningCertificateExpired(Conflict):
    code = "signing_certificate_expired"
    message = Text(
        "Chứng thư số của {unit} đã hết hạn ngày {not_after}; cần cấp chứng thư mới trước khi ký.",
        "The signing certificate of {unit} expired on {not_after}; a new one is needed before signing.",
    )


class TemplateFieldMissing(Conflict):
    code = "template_field_missing"
    message = Text(
        "Mẫu văn bản “{kind}” cần trường “{field}” mà dữ liệu của quyết định không có.",
        "The “{kind}” template needs the field “{field}”, which the decision's data does not give.",
    )


class TemplateInvalid(Conflict):
    code = "template_invalid"
    message = Text(
        "Mẫu văn bản “{kind}” không hợp lệ; quản trị viên cần sửa tệp mẫu.",
        "The “{kind}” document template is invalid; an administrator must correct its file.",
    )


class SigningFailed(Conflict):
    code = "signing_failed"
    message = Text("Không ký được văn bản: {reason}.", "The document could not be signed: {reason}.")


class TimestampUnavailable(AppError):
    status, code = 503, "timestamp_unavailable"
    message = Text(
        "Máy chủ cấp dấu thời gian không phản hồi; chưa văn bản nào được ban hành, hãy thử lại.",
        "The timestamp server did not answer; nothing was issued, retry.",
    )


class DocumentsAlreadyIssued(Conflict):
    code = "documents_already_issued"
    message = Text(
        "Văn bản của quyết định đã được ban hành; gửi regenerate=true để ban hành phiên bản mới.",
        "The decision's documents were already issued; send regenerate=true to issue new versions.",
    )


class NoDocuments(Conflict):
    code = "no_documents_for_decision"
    message = Text(
        "Không có mẫu văn bản cho loại quyết định này (chỉ Giấy khen trong các hình thức khen thưởng).",
        "No document template exists for this decision (of the award forms, only Giấy khen has one).",
    )


class RevocationNumberRequired(Unprocessable):
    code = "revocation_number_required"
    message = Text(
        "Quyết định đã có văn bản ký số: cần số, ký hiệu của quyết định thu hồi (revocation_number).",
        "The decision's documents were issued: the revocation's number is required (revocation_number).",
    )


class DocumentNotFound(NotFound):
    code = "document_not_found"
    message = Text("Không tìm thấy văn bản.", "Document not found.")


class VerificationCodeNotFound(NotFound):
    code = "verification_code_not_found"
    message = Text("Không có văn bản nào mang mã xác minh này.", "No document carries this verification code.")
