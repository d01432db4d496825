"""Restructuring actions on the organisation tree.

Each action, like Wagtail's ``wagtail/actions/move_page.py``, validates its input, checks the
actor's permission, then does its work and writes one ``OrganizationEvent`` inside a single
transaction: it succeeds whole or leaves the tree as it was.
"""

from hierarchy.actions.create import CreateOrganization
from hierarchy.actions.dissolve import DissolveOrganization
from hierarchy.actions.fold import FoldTenant
from hierarchy.actions.merge import MergeOrganizations
from hierarchy.actions.microsite import CreateMicrosite
from hierarchy.actions.move import MoveOrganization
from hierarchy.actions.promote import PromoteMicrosite
from hierarchy.actions.provision import ProvisionTenant
from hierarchy.actions.rename import RenameOrganization
from hierarchy.actions.split import SplitOrganization

__all__ = [
    "CreateMicrosite",
    "CreateOrganization",
    "DissolveOrganization",
    "FoldTenant",
    "MergeOrganizations",
    "MoveOrganization",
    "PromoteMicrosite",
    "ProvisionTenant",
    "RenameOrganization",
    "SplitOrganization",
]
