"""Named capabilities granted to roles. Services check them; the UI only hides.

Roles are fixed in code so every office means the same thing by 经理 or 收银; a user may
hold several roles (the finance clerk often doubles as warehouse keeper).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import QT_TRANSLATE_NOOP, PermissionDenied


class Cap:
    USER_MANAGE = "user.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VIEW = "audit.view"
    BACKUP_MANAGE = "backup.manage"
    SYNC_VIEW = "sync.view"
    SYNC_MANAGE = "sync.manage"
    DASHBOARD_VIEW = "dashboard.view"
    ARCHIVE_VIEW = "archive.view"
    ARCHIVE_EDIT = "archive.edit"
    ARCHIVE_VIEW_SENSITIVE = "archive.view_sensitive"
    ARCHIVE_IMPORT = "archive.import"
    PERMIT_OVERRIDE = "archive.permit_override"  # issue a 放行条 although the unit owes fees
    BILLING_VIEW = "billing.view"
    BILLING_COLLECT = "billing.collect"
    BILLING_GENERATE = "billing.generate"
    BILLING_SETUP = "billing.setup"  # fee items, rates, assignments
    BILLING_WAIVE = "billing.waive"
    BILLING_REFUND = "billing.refund"
    BILLING_DAY_CLOSE = "billing.day_close"
    RECEIPT_VOID = "receipt.void"
    PARKING_VIEW = "parking.view"
    PARKING_COLLECT = "parking.collect"
    PARKING_MANAGE = "parking.manage"  # spaces, rentals, tariffs
    INVOICE_MANAGE = "invoice.manage"
    STOCK_VIEW = "stock.view"
    STOCK_EDIT = "stock.edit"
    STOCKTAKE_APPROVE = "stocktake.approve"
    SERVICE_VIEW = "service.view"
    SERVICE_EDIT = "service.edit"
    COMPLAINT_CLASSIFY = "complaint.classify"
    AFFAIRS_VIEW = "affairs.view"  # mail, visitors, notices, renovations
    AFFAIRS_EDIT = "affairs.edit"
    RENOVATION_APPROVE = "renovation.approve"  # approve, accept, settle the deposit
    EXPENSE_CLAIM = "expense.claim"  # 费用报销: submit a claim
    EXPENSE_APPROVE = "expense.approve"
    EXPENSE_PAY = "expense.pay"
    APPRAISAL_MANAGE = "appraisal.manage"  # 岗位考核: score and confirm (manager)
    REPORT_VIEW = "report.view"
    MONTH_CLOSE = "month.close"
    MONTH_REOPEN = "month.reopen"
    DEMO_CREATE = "demo.create"


ALL_CAPABILITIES = frozenset(v for k, v in vars(Cap).items() if k.isupper())


class Role:
    ADMIN = "admin"
    MANAGER = "manager"
    SERVICE_ASSISTANT = "service_assistant"
    CASHIER = "cashier"
    WAREHOUSE_KEEPER = "warehouse_keeper"
    ALL = (ADMIN, MANAGER, SERVICE_ASSISTANT, CASHIER, WAREHOUSE_KEEPER)


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("roles", "Manager"),
    Role.SERVICE_ASSISTANT: QT_TRANSLATE_NOOP("roles", "Service assistant"),
    Role.CASHIER: QT_TRANSLATE_NOOP("roles", "Cashier"),
    Role.WAREHOUSE_KEEPER: QT_TRANSLATE_NOOP("roles", "Warehouse keeper"),
}

_EVERYONE = {Cap.DASHBOARD_VIEW, Cap.ARCHIVE_VIEW, Cap.SYNC_VIEW}
_SERVICE = {
    Cap.ARCHIVE_EDIT,
    Cap.SERVICE_VIEW,
    Cap.SERVICE_EDIT,
    Cap.PARKING_VIEW,
    Cap.AFFAIRS_VIEW,
    Cap.AFFAIRS_EDIT,
    Cap.EXPENSE_CLAIM,
}
_CASHIER = {
    Cap.BILLING_VIEW,
    Cap.BILLING_COLLECT,
    Cap.BILLING_DAY_CLOSE,
    Cap.PARKING_VIEW,
    Cap.PARKING_COLLECT,
    Cap.INVOICE_MANAGE,
    Cap.AFFAIRS_VIEW,  # the cashier sees the renovations whose deposit she collects
    Cap.EXPENSE_CLAIM,
    Cap.EXPENSE_PAY,
}
_WAREHOUSE = {Cap.STOCK_VIEW, Cap.STOCK_EDIT}

ROLE_CAPABILITIES: dict[str, frozenset[str]] = {
    Role.ADMIN: ALL_CAPABILITIES,
    Role.MANAGER: frozenset(
        ALL_CAPABILITIES
        - {
            Cap.USER_MANAGE,
            Cap.SETTINGS_MANAGE,
            Cap.BACKUP_MANAGE,
            Cap.SYNC_MANAGE,
            Cap.MONTH_REOPEN,
            Cap.DEMO_CREATE,
        }
    ),
    Role.SERVICE_ASSISTANT: frozenset(_EVERYONE | _SERVICE),
    Role.CASHIER: frozenset(_EVERYONE | _CASHIER | {Cap.BILLING_GENERATE}),
    Role.WAREHOUSE_KEEPER: frozenset(_EVERYONE | _WAREHOUSE),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: the logged-in user, or the system (CLI run by IT, migrations)."""

    user_id: str | None
    username: str
    display_name: str
    roles: tuple[str, ...] = ()
    capabilities: frozenset[str] = field(default_factory=frozenset)

    def can(self, capability: str) -> bool:
        return capability in self.capabilities

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "system", "system", (Role.ADMIN,), ALL_CAPABILITIES)


def capabilities_of(roles: tuple[str, ...] | list[str]) -> frozenset[str]:
    caps: set[str] = set()
    for role in roles:
        caps |= ROLE_CAPABILITIES.get(role, frozenset())
    return frozenset(caps)


def require(actor: Actor, capability: str) -> None:
    if not actor.can(capability):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "app",
                '{user} may not do this (needs the permission "{capability}"). '
                "Ask the office manager or administrator.",
            ),
            user=actor.display_name,
            capability=capability,
        )
