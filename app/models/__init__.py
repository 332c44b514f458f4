"""peewee models, one module per domain."""

from app.models.affairs import (
    Appraisal,
    CommunityEvent,
    DepositDeduction,
    DepositSettlement,
    ExpenseClaim,
    ExpenseLine,
    MailItem,
    Notice,
    NoticePosting,
    OutgoingMail,
    Reception,
    Renovation,
    RenovationCharge,
    RenovationInspection,
    StaffBuilding,
    Visitor,
)
from app.models.archive import (
    Attachment,
    Building,
    Community,
    Entrance,
    Handover,
    MoveOutPermit,
    Owner,
    Ownership,
    Resident,
    Unit,
    VacancyInspection,
    VacancyNotice,
    Vehicle,
)
from app.models.auth import AuditLog, User, UserRole
from app.models.billing import (
    Allocation,
    BillingPeriod,
    Charge,
    DayClose,
    FeeAssignment,
    FeeItem,
    FeeRate,
    MeterReading,
    MonthClose,
    Payment,
    PaymentMethodLine,
    Receipt,
    ReceiptLine,
    ReceiptPrint,
    ReceiptVoid,
    Refund,
    Reminder,
    SharedCost,
    Waiver,
)
from app.models.parking import (
    InvoiceBook,
    InvoiceIssue,
    InvoiceRange,
    ParkingRental,
    ParkingShift,
    ParkingSpace,
    ParkingTariff,
    ParkingVisit,
)
from app.models.service import (
    Complaint,
    ComplaintLog,
    Holiday,
    RepairLog,
    RepairOrder,
)
from app.models.service_more import (
    Incident,
    IncidentLog,
    RepairCharge,
    SurveyAction,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveyRound,
    SurveyTemplate,
)
from app.models.stock import (
    StockDocument,
    StockItem,
    StockLine,
    Stocktake,
    StocktakeLine,
    Supplier,
)
from app.models.sync import SYNC_MODELS
from app.models.system import DocumentSequence, OfficeSetting, SchemaHistory

FOUNDATION_MODELS = [OfficeSetting, DocumentSequence, SchemaHistory, User, UserRole, AuditLog]
ARCHIVE_MODELS = [
    Community,
    Building,
    Entrance,
    Unit,
    Owner,
    Ownership,
    Resident,
    Vehicle,
    Attachment,
    Handover,
    MoveOutPermit,
    VacancyNotice,
    VacancyInspection,
]
BILLING_MODELS = [
    FeeItem,
    FeeRate,
    FeeAssignment,
    MeterReading,
    SharedCost,
    BillingPeriod,
    Charge,
    Payment,
    PaymentMethodLine,
    Allocation,
    Receipt,
    ReceiptLine,
    ReceiptVoid,
    ReceiptPrint,
    Waiver,
    Refund,
    DayClose,
    Reminder,
    MonthClose,
]
STOCK_MODELS = [Supplier, StockItem, StockDocument, StockLine, Stocktake, StocktakeLine]
SERVICE_MODELS = [Holiday, Complaint, ComplaintLog, RepairOrder, RepairLog]
SERVICE_MORE_MODELS = [
    RepairCharge,
    SurveyTemplate,
    SurveyQuestion,
    SurveyRound,
    SurveyResponse,
    SurveyAnswer,
    SurveyAction,
    Incident,
    IncidentLog,
]
PARKING_MODELS = [
    ParkingSpace,
    ParkingRental,
    ParkingTariff,
    ParkingShift,
    ParkingVisit,
    InvoiceBook,
    InvoiceIssue,
    InvoiceRange,
]
AFFAIRS_MODELS = [
    MailItem,
    OutgoingMail,
    Visitor,
    Reception,
    Notice,
    NoticePosting,
    Renovation,
    RenovationCharge,
    RenovationInspection,
    DepositSettlement,
    DepositDeduction,
    ExpenseClaim,
    ExpenseLine,
    StaffBuilding,
    Appraisal,
    CommunityEvent,
]
ALL_MODELS = (
    FOUNDATION_MODELS
    + ARCHIVE_MODELS
    + BILLING_MODELS
    + STOCK_MODELS
    + SERVICE_MODELS
    + SYNC_MODELS
    + SERVICE_MORE_MODELS
    + PARKING_MODELS
    + AFFAIRS_MODELS
)
