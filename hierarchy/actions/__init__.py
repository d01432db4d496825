"""Actions on the organisation tree (``congdoan.actions.Action``), one per file.

Restructurings (``OrgAction``) validate their input, check the actor's permission, then do
their work under the tree lock and write one ``OrganizationEvent`` inside a single
transaction: they succeed whole or leave the tree as it was. ``GrantRole``/``RevokeRole``
change the authoritative role records (``hierarchy.roles``).
"""

from hierarchy.actions.create import CreateOrganization
from hierarchy.actions.dissolve import DissolveOrganization
from hierarchy.actions.fold import FoldTenant
from hierarchy.actions.grant_role import GrantRole
from hierarchy.actions.merge import MergeOrganizations
from hierarchy.actions.microsite import CreateMicrosite
from hierarchy.actions.move import MoveOrganization
from hierarchy.actions.promote import PromoteMicrosite
from hierarchy.actions.provision import ProvisionTenant
from hierarchy.actions.rename import RenameOrganization
from hierarchy.actions.revoke_role import RevokeRole
from hierarchy.actions.split import SplitOrganization

__all__ = [
    "CreateMicrosite",
    "CreateOrganization",
    "DissolveOrganization",
    "FoldTenant",
    "GrantRole",
    "MergeOrganizations",
    "MoveOrganization",
    "PromoteMicrosite",
    "ProvisionTenant",
    "RenameOrganization",
    "RevokeRole",
    "SplitOrganization",
]
