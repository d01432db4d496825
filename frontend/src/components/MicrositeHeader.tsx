import Link from "next/link";

import type { Microsite } from "@/lib/site";

/** The header of a grassroots union's microsite hosted on its tenant's site. */
export function MicrositeHeader({ microsite }: { microsite: Microsite }) {
  return (
    <header className="microsite-header" data-testid="microsite-header" data-code={microsite.code}>
      <p className="microsite-name">
        <Link href={microsite.base}>{microsite.name}</Link>
      </p>
      <p className="meta">Trang của công đoàn cơ sở trên cổng {microsite.hostName}</p>
    </header>
  );
}
