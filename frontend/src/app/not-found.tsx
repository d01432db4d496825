import Link from "next/link";

export default function NotFound() {
  return (
    <section className="notice">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã bị gỡ hoặc địa chỉ chưa đúng.</p>
      <p>
        <Link href="/">Về trang chủ</Link>
      </p>
    </section>
  );
}
