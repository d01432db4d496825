"""Webhook actions (one per file); views and commands only build and execute these."""

from webhooks.actions.create_endpoint import CreateEndpoint
from webhooks.actions.delete_endpoint import DeleteEndpoint
from webhooks.actions.replay_delivery import ReplayDelivery
from webhooks.actions.rotate_secret import RotateSecret
from webhooks.actions.update_endpoint import UpdateEndpoint

__all__ = ["CreateEndpoint", "DeleteEndpoint", "ReplayDelivery", "RotateSecret", "UpdateEndpoint"]
