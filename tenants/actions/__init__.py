"""Actions on one tenant (``congdoan.actions.Action``), one per file. The org tree's actions
that give an organisation a tenant or take it away are in ``hierarchy.actions``."""

from tenants.actions.grant_role import GrantTenantRole
from tenants.actions.revoke_role import RevokeTenantRole

__all__ = ["GrantTenantRole", "RevokeTenantRole"]
