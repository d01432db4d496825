/** Shown on every draft: says it is a preview and offers the way out (back to the
 * published page at the same address). A plain link, no client JavaScript. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <aside className="preview-banner" aria-label="Bản xem trước" data-testid="preview-banner">
      <strong>Bản xem trước — nội dung chưa xuất bản, chỉ bạn nhìn thấy.</strong>
      <a href={`/api/preview/exit/?to=${encodeURIComponent(path)}`}>Thoát xem trước</a>
    </aside>
  );
}
