// The pages the performance budget measures (tests/checks/99-budget.mjs, budget.json,
// docs/portal.md "Performance budget"). Add a page of yours here: one line.
//
//   id      the key of its limits in budget.json ("pages": { "<id>": { … } }); pages without
//           an entry there get the "default" limits
//   name    shown in the table (Vietnamese, as the checks' names)
//   path    the portal path, or a function returning it (evaluated when measured, e.g. from
//           an E2E_ENV value printed by a tests/setup script: () => process.env.MY_PAGE)
//   host    the tenant host (default hanoi.localhost)
//   status  the expected HTTP status (default 200)
export const pages = [
  { id: "home", name: "Trang chủ", path: "/" },
  { id: "article", name: "Bài viết", path: "/tin-tuc/dao-tao-nghe-mien-phi-cho-nguoi-lao-dong-mat-viec/" },
  { id: "search", name: "Tìm kiếm", path: "/tim-kiem/?q=cong+doan" },
  { id: "topic", name: "Chủ đề", path: "/chu-de/tien-luong/" },
  { id: "orgs", name: "Tìm công đoàn", path: "/to-chuc/" },
  { id: "qa", name: "Hỏi đáp", path: "/hoi-dap/" },
  { id: "ask", name: "Gửi ý kiến", path: "/gui-y-kien/" },
  { id: "follow", name: "Tra cứu vụ việc", path: "/tra-cuu/" },
  { id: "404", name: "Trang 404", path: "/khong-co-trang-nay/", status: 404 },
];
