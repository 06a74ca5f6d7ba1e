/** The dashboard's one stylesheet, served from `/dashboard/assets/dashboard.css` (no inline styles: the CSP forbids them). */
export const DASHBOARD_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; background: #f4f5f7; }
a { color: #1f4fd1; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid #2a64f6; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; }
header.top { background: #1d2330; color: #fff; padding: 0.6rem 1.25rem; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; }
header.top .brand { font-weight: 700; font-size: 1.05rem; color: #fff; text-decoration: none; margin-right: 0.5rem; }
header.top nav { display: flex; flex-wrap: wrap; gap: 0.25rem; flex: 1; }
header.top nav a { color: #d5dbe8; text-decoration: none; padding: 0.3rem 0.6rem; border-radius: 0.35rem; }
header.top nav a[aria-current="page"] { background: #3a4358; color: #fff; }
header.top nav a:hover { color: #fff; }
header.top form { margin: 0; }
header.top button { background: transparent; color: #d5dbe8; border: 1px solid #59627a; padding: 0.25rem 0.7rem; }
main { max-width: 1200px; margin: 0 auto; padding: 1.25rem; }
h1 { font-size: 1.5rem; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.6rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
.card > h2:first-child { margin-top: 0; }
div.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
div.actions form { margin: 0; }
.card { background: #fff; border-radius: 0.6rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.1); padding: 1rem 1.25rem; margin-bottom: 1rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.75rem; }
.stat { background: #fff; border-radius: 0.6rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.1); padding: 0.8rem 1rem; }
.stat { color: inherit; text-decoration: none; }
.stat:hover { box-shadow: 0 1px 6px rgb(0 0 0 / 0.2); }
.stat b { display: block; font-size: 1.6rem; color: #1f4fd1; }
.stat span { color: #4a5263; font-size: 0.9rem; }
.table-wrap { overflow-x: auto; background: #fff; border-radius: 0.6rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.1); margin-bottom: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid #e5e8ee; vertical-align: top; }
th { background: #f8f9fb; font-weight: 600; white-space: nowrap; }
td.actions { white-space: nowrap; }
td.actions form { display: inline; margin: 0 0.25rem 0 0; }
a.mono, p code { overflow-wrap: anywhere; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
pre { background: #f1f3f7; padding: 0.75rem; border-radius: 0.4rem; overflow-x: auto; white-space: pre; margin: 0.4rem 0 0.8rem; }
.muted { color: #5a6275; }
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 1rem; font-size: 0.8rem; font-weight: 600; background: #e8ebf2; color: #2d3445; }
.badge.ok, .badge.ACTIVE { background: #dcf3e4; color: #145c2e; }
.badge.fail, .badge.FAILED, .badge.EXPIRED, .badge.REVOKED { background: #fde4e6; color: #8c1620; }
.badge.INITIATED { background: #fff1cc; color: #6b4d00; }
.badge.INACTIVE { background: #eceef3; color: #4a5263; }
form.inline { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: flex-end; margin-bottom: 1rem; }
form.inline label { display: flex; flex-direction: column; font-size: 0.85rem; font-weight: 600; gap: 0.2rem; flex: 1 1 9rem; min-width: 0; max-width: 22rem; }
form.inline input, form.inline select { width: 100%; }
form.stack label { display: block; font-weight: 600; margin: 0.8rem 0 0.25rem; }
form.stack .check { display: flex; gap: 0.5rem; align-items: center; font-weight: 400; }
form.stack .check input { width: auto; }
input, select, textarea { font: inherit; padding: 0.4rem 0.55rem; border: 1px solid #8a93a6; border-radius: 0.35rem; background: #fff; color: inherit; max-width: 100%; }
form.stack input, form.stack select, form.stack textarea { width: 100%; }
textarea.snippet { width: 100%; min-height: 9rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.82rem; }
button, .button { font: inherit; font-weight: 600; padding: 0.42rem 0.9rem; border-radius: 0.35rem; border: 0; background: #2a64f6; color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary { background: #e5e9f2; color: #1d2330; }
button.danger { background: #c4242f; }
form.stack button { margin-top: 1rem; }
.notice { background: #dcf3e4; color: #145c2e; padding: 0.6rem 0.9rem; border-radius: 0.4rem; margin-bottom: 1rem; }
.error { background: #fde4e6; color: #8c1620; padding: 0.6rem 0.9rem; border-radius: 0.4rem; margin-bottom: 1rem; }
.two { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.3rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; color: #4a5263; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
details summary { cursor: pointer; font-weight: 600; }
.sign-in { max-width: 24rem; margin: 4rem auto; }
@media (max-width: 700px) {
  main { padding: 0.75rem; }
  .two { grid-template-columns: minmax(0, 1fr); }
  header.top { padding: 0.5rem 0.75rem; justify-content: space-between; }
  header.top nav { order: 3; flex-basis: 100%; }
  h1 { font-size: 1.3rem; }
  .hide-narrow { display: none; }
}
`;
