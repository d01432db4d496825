import Link from "next/link";

/** The site's main navigation: the portal's own pages (lists, search, the tree). */
export function SiteNav() {
  return (
    <nav aria-label="Điều hướng chính" className="sitenav">
      <ul>
        <li>
          <Link href="/chu-de/">Chủ đề</Link>
        </li>
        <li>
          <Link href="/hoi-dap/">Hỏi đáp</Link>
        </li>
        <li>
          <Link href="/to-chuc/">Tìm công đoàn</Link>
        </li>
        <li>
          <Link href="/tim-kiem/">Tìm kiếm</Link>
        </li>
      </ul>
    </nav>
  );
}
