"""The app's models and page types, imported from each feature so Django registers them, and
the names other apps import from `opportunities.models` (forums, the templates' tags, the
tests). New code may import from the feature packages directly:

- `taxonomy.models`: the fixed choices, `Topic`, `Area`, `Venue`
- `registrations.models`: `Registration`, `PlaceOffer`
- `listing.pages`, `listing.index`: `OpportunityPage`, `OpportunityIndexPage`
- `register.models`, `register.equality`, `register.pages`: `Person` and its records,
  `EqualityMonitoring`, `RegisterPage`
- `payments.models`, `payments.pages`: `PaymentLevel`, `BenefitsAdvice`, `PaymentSettings`,
  `ExpenseClaim`, `PaymentsPage`
"""

from .taxonomy.models import (
    AUDIENCES,
    CO_PRODUCTION_MEANING,
    FORMATS,
    Area,
    CoProductionLevel,
    Kind,
    Payment,
    TaxonomySnippet,
    TimeCommitment,
    Topic,
    Venue,
)

# isort: split
from .registrations.models import PlaceOffer, Registration, RegistrationQuerySet, reply_by

# isort: split
from .listing.pages import OpportunityPage

# isort: split
from .listing.index import OpportunityIndexPage

# isort: split
from .register.equality import EqualityMonitoring
from .register.models import (
    CONFIRM_WITHIN,
    CONSENT_LASTS,
    PREFERENCE_FIELDS,
    RENEWAL_ANSWER_WITHIN,
    ROLES,
    ActivityRecord,
    OpportunityAlert,
    Person,
    PersonQuerySet,
    Relationship,
    TrainingRecord,
)
from .register.pages import RegisterPage

# isort: split
from .running.models import ActivityMessage

# isort: split
from .payments.models import BenefitsAdvice, ExpenseClaim, PaymentLevel, PaymentSettings
from .payments.pages import PaymentsPage

__all__ = [
    "AUDIENCES",
    "CO_PRODUCTION_MEANING",
    "FORMATS",
    "Area",
    "CoProductionLevel",
    "Kind",
    "Payment",
    "TaxonomySnippet",
    "TimeCommitment",
    "Topic",
    "Venue",
    "PlaceOffer",
    "Registration",
    "RegistrationQuerySet",
    "reply_by",
    "OpportunityIndexPage",
    "OpportunityPage",
    "CONFIRM_WITHIN",
    "CONSENT_LASTS",
    "PREFERENCE_FIELDS",
    "RENEWAL_ANSWER_WITHIN",
    "ROLES",
    "ActivityMessage",
    "BenefitsAdvice",
    "ExpenseClaim",
    "PaymentLevel",
    "PaymentSettings",
    "PaymentsPage",
    "ActivityRecord",
    "EqualityMonitoring",
    "OpportunityAlert",
    "Person",
    "PersonQuerySet",
    "RegisterPage",
    "Relationship",
    "TrainingRecord",
]
