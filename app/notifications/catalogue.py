"""Every kind of notification: a stable type, what it means, who gets it, whether the role must receive it
(no opt-out) and its text in both languages, a template over the notification's `data`.

A type never changes name once published. The texts are rendered when a notification is written
(service.notify) and stored, so what a person was told stays what they were told."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import Text


@dataclass(frozen=True)
class NotificationType:
    """One entry of the catalogue."""

    name: str
    # Who receives it, in words (the README's table and the contract's enum description).
    recipients: Text
    # The message, formatted with the notification's data (str.format fields).
    message: Text
    # The role must receive it: a person cannot mute it (their preferences still choose the channel).
    mandatory: bool = False
    # A reminder from the calendar (reminders.py), rather than something that happened (fanout.py).
    reminder: bool = False


# Who receives several types, written once.
REGISTRANT_UNIT = Text(
    "Người đăng ký và người dùng của đơn vị đăng ký mô hình.", "The registrant and the registrant unit's users."
)
IMPLEMENTING_UNIT = Text(
    "Người đăng ký của đơn vị có mô hình đang triển khai.", "The registrants of a unit with a model being implemented."
)
LIST_SENDERS = Text(
    "Người đăng ký của đơn vị phải gửi danh sách đăng ký.",
    "The registrants of a unit that must send its registration list.",
)
DECISION_UNITS = Text(
    "Người dùng của các đơn vị có mô hình trong quyết định.", "The users of the units whose models the decision covers."
)

TYPES: tuple[NotificationType, ...] = (
    # --- what happened to a model you registered or manage ----------------------------------------------------
    NotificationType(
        "model.returned",
        REGISTRANT_UNIT,
        Text(
            "Mô hình «{model_name}» bị trả lại để bổ sung, hoàn thiện. Lý do: {reason}",
            "The model “{model_name}” was returned for completion. Reason: {reason}",
        ),
        mandatory=True,
    ),
    NotificationType(
        "model.accepted",
        REGISTRANT_UNIT,
        Text(
            "Đăng ký mô hình «{model_name}» đã được tiếp nhận; mô hình chuyển sang triển khai thực hiện.",
            "The registration of the model “{model_name}” was accepted; the model is now being implemented.",
        ),
    ),
    NotificationType(
        "model.surveyed",
        REGISTRANT_UNIT,
        Text(
            "Mô hình «{model_name}» đã được khảo sát thực tế.",
            "The model “{model_name}” was surveyed on site.",
        ),
    ),
    NotificationType(
        "model.recognised",
        REGISTRANT_UNIT,
        Text(
            "Mô hình «{model_name}» được công nhận là mô hình «Dân vận khéo» (Quyết định {decision_number}).",
            "The model “{model_name}” was recognised as a “Skilful Mass Mobilisation” model (decision "
            "{decision_number}).",
        ),
    ),
    NotificationType(
        "model.not-recognised",
        REGISTRANT_UNIT,
        Text(
            "Mô hình «{model_name}» chưa được công nhận (Quyết định {decision_number}). Lý do: {reason}",
            "The model “{model_name}” was not recognised (decision {decision_number}). Reason: {reason}",
        ),
    ),
    # --- whose turn it is ---------------------------------------------------------------------------------
    NotificationType(
        "turn.waiting",
        Text(
            "Người dùng có vai trò mà mô hình đang chờ, tại đơn vị mà mô hình đang chờ.",
            "The users holding the role the model waits on, at the unit it waits on.",
        ),
        Text(
            "Mô hình «{model_name}» đang chờ đơn vị {unit_name}: {step}.",
            "The model “{model_name}” is waiting on {unit_name}: {step}.",
        ),
        mandatory=True,
    ),
    NotificationType(
        "review.member",
        Text("Các thành viên của hội đồng bình xét.", "The members of the review panel."),
        Text(
            "Đồng chí là thành viên hội đồng bình xét «{review_title}» của {unit_name}.",
            "You are a member of the review “{review_title}” held by {unit_name}.",
        ),
        mandatory=True,
    ),
    NotificationType(
        "decision.issued",
        DECISION_UNITS,
        Text(
            "{issuer_name} đã ban hành Quyết định {decision_number} ({decision_kind}) liên quan đến {unit_name}.",
            "{issuer_name} issued decision {decision_number} ({decision_kind}) concerning {unit_name}.",
        ),
    ),
    NotificationType(
        "decision.revoked",
        DECISION_UNITS,
        Text(
            "Quyết định {decision_number} liên quan đến {unit_name} đã bị thu hồi. Lý do: {reason}",
            "Decision {decision_number} concerning {unit_name} was revoked. Reason: {reason}",
        ),
        mandatory=True,
    ),
    NotificationType(
        "import.finished",
        Text("Người đã gửi tệp nhập dữ liệu.", "The person who sent the import file."),
        Text(
            "Đã nhập xong tệp «{file_name}»: {created} dòng được thêm, {failed} dòng lỗi.",
            "The import of “{file_name}” finished: {created} rows added, {failed} rows with errors.",
        ),
    ),
    # --- reminders from the campaign calendar -------------------------------------------------------------
    NotificationType(
        "reminder.registration-closing",
        Text(
            "Người đăng ký của đơn vị chưa đăng ký mô hình nào trong năm.",
            "The registrants of a unit that has registered no model in the cycle yet.",
        ),
        Text(
            "Còn {days} ngày đến hạn đăng ký mô hình «Dân vận khéo» ({closes_on}); {unit_name} chưa đăng ký mô "
            "hình nào.",
            "{days} days until the model registration window closes ({closes_on}); {unit_name} has registered "
            "no model yet.",
        ),
        reminder=True,
    ),
    NotificationType(
        "reminder.results-due",
        IMPLEMENTING_UNIT,
        Text(
            "Còn {days} ngày đến hạn báo cáo kết quả mô hình «{model_name}» (trước ngày {due_on}).",
            "{days} days until the results of the model “{model_name}” are due (before {due_on}).",
        ),
        reminder=True,
    ),
    NotificationType(
        "reminder.results-overdue",
        IMPLEMENTING_UNIT,
        Text(
            "Đã quá hạn báo cáo kết quả mô hình «{model_name}» (hạn: trước ngày {due_on}).",
            "The results of the model “{model_name}” are overdue (they were due before {due_on}).",
        ),
        mandatory=True,
        reminder=True,
    ),
    NotificationType(
        "reminder.recognition-open",
        Text(
            "Người có thẩm quyền của đơn vị có mô hình đã khảo sát đang chờ xét công nhận.",
            "The authority users of a unit with surveyed models awaiting its decision.",
        ),
        Text(
            "Bắt đầu thời gian xét công nhận ({starts_on} – {ends_on}): {count} mô hình đã khảo sát đang chờ "
            "{unit_name}.",
            "The recognition period opens ({starts_on} – {ends_on}): {count} surveyed models are waiting on "
            "{unit_name}.",
        ),
        reminder=True,
    ),
    NotificationType(
        "reminder.list-due",
        LIST_SENDERS,
        Text(
            "Còn {days} ngày đến hạn gửi danh sách đăng ký mô hình của {unit_name} (trước ngày {due_on}).",
            "{days} days until {unit_name}'s registration list is due (before {due_on}).",
        ),
        reminder=True,
    ),
    NotificationType(
        "reminder.list-late",
        LIST_SENDERS,
        Text(
            "Danh sách đăng ký mô hình của {unit_name} đã quá hạn (hạn: trước ngày {due_on}) và chưa được gửi.",
            "{unit_name}'s registration list is overdue (it was due before {due_on}) and has not been sent.",
        ),
        mandatory=True,
        reminder=True,
    ),
)

CATALOGUE: dict[str, NotificationType] = {entry.name: entry for entry in TYPES}
NOTIFICATION_TYPES: tuple[str, ...] = tuple(CATALOGUE)


class UnknownNotificationType(LookupError):
    """A notification type not in the catalogue: a programming error, never a client's."""


def notification_type(name: str) -> NotificationType:
    """The catalogue's entry for a type."""
    try:
        return CATALOGUE[name]
    except KeyError:
        raise UnknownNotificationType(name) from None
