import Head from "next/head";

// A page that is rendered on demand and cached (ISR) answers a render error — the API down
// while a page is generated for the first time — with this static page rather than the App
// Router's error boundary (app/error.tsx, which still handles errors during navigation):
// Next does not cache it, and a page that was already cached keeps being served meanwhile.
const styles = {
  main: { fontFamily: "system-ui, sans-serif", maxWidth: "46rem", margin: "0 auto", padding: "2rem 1rem", textAlign: "center" as const, color: "#1a1a1a" },
  button: { background: "#b3121f", color: "#fff", border: 0, borderRadius: 4, padding: "0.6rem 1.1rem", fontSize: "1rem", cursor: "pointer" },
};

export default function ServerError() {
  return (
    <main style={styles.main} role="alert">
      <Head>
        <title>Hệ thống đang bận</title>
      </Head>
      <h1>Hệ thống đang bận</h1>
      <p>Chúng tôi chưa tải được nội dung lúc này. Vui lòng thử lại sau ít phút.</p>
      <p>
        <button type="button" style={styles.button} onClick={() => window.location.reload()}>
          Thử lại
        </button>
      </p>
    </main>
  );
}
