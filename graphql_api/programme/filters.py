"""Narrowing the public figures (never widening them: only public indicators are answered)."""

from __future__ import annotations

import strawberry


@strawberry.input(description="Chỉ lấy một phần các chỉ tiêu công khai.")
class ProgrammeFilter:
    keys: list[str] | None = strawberry.field(
        default=None, description="Chỉ các mã chỉ tiêu này (mã không công khai bị bỏ qua)."
    )
    group: str | None = strawberry.field(default=None, description="Chỉ một nhóm chỉ tiêu.")

    def keys_for(self) -> list[str] | None:
        """The keys asked for (None: every public one)."""
        from programme.metrics import INDICATORS

        if self.keys is None and self.group is None:
            return None
        keys = list(INDICATORS) if self.keys is None else self.keys
        if self.group is not None:
            keys = [k for k in keys if k in INDICATORS and INDICATORS[k].group == self.group]
        return keys
