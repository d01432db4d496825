import Link from "next/link";

/** The site's main navigation: the portal's own pages (lists, search, the tree, the workers' voice). */
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
        <li>
          <Link href="/gui-y-kien/">Gửi ý kiến</Link>
        </li>
        <li>
          <Link href="/tra-cuu/">Tra cứu vụ việc</Link>
        </li>
      </ul>
    </nav>
  );
}
