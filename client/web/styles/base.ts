/**
 * The frame, forms, tables and focus, which every page shares. Colours are chosen for WCAG 2.1 AA: body text #1b1b1b and links #0b4f8a on white
 * (contrast above 7:1), white on the header's #0b3a63 (above 11:1), errors #a4161a (above 7:1); every focus
 * is a 3px outline that shows on any background.
 */
export const baseStyles = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --link: #0b4f8a; --brand: #0b3a63; --line: #8a8a8a; --error: #a4161a; --focus: #ffbf47; --paper: #ffffff; --tint: #f3f5f7; }
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 100%; line-height: 1.5; color: var(--ink); background: var(--paper); }
body { margin: 0; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 3px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--ink); }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--paper); color: var(--ink); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
header.site { background: var(--brand); color: #fff; }
header.site .bar { max-width: 64rem; margin: 0 auto; padding: 0.75rem 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; justify-content: space-between; }
header.site a { color: #fff; }
header.site .name { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
header.site .who { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
header.site button { background: transparent; color: #fff; border: 2px solid #fff; }
nav.main { background: var(--tint); border-bottom: 1px solid var(--line); }
nav.main ul { max-width: 64rem; margin: 0 auto; padding: 0 1rem; list-style: none; display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
nav.main a { display: inline-block; padding: 0.75rem 0; }
nav.main a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; }
.lead { font-size: 1.125rem; color: var(--muted); max-width: 40rem; }
form.stack { max-width: 40rem; }
.field { margin: 0 0 1.25rem; }
.field.invalid { border-left: 4px solid var(--error); padding-left: 0.75rem; }
label, legend { display: block; font-weight: 600; margin-bottom: 0.25rem; }
fieldset { border: 1px solid var(--line); padding: 1rem; margin: 0 0 1.25rem; }
.hint { display: block; color: var(--muted); margin-bottom: 0.25rem; }
.message { display: block; color: var(--error); font-weight: 600; margin-bottom: 0.25rem; }
input[type="text"], input[type="email"], input[type="password"], input[type="date"], input[type="search"], select {
  font: inherit; width: 100%; max-width: 30rem; padding: 0.4rem 0.5rem; border: 2px solid var(--ink); border-radius: 0; background: var(--paper); color: var(--ink);
}
input[aria-invalid="true"], select[aria-invalid="true"] { border-color: var(--error); }
.check { display: flex; gap: 0.5rem; align-items: flex-start; }
.check input { width: 1.5rem; height: 1.5rem; margin: 0; }
.check label { font-weight: 400; }
button, .button { font: inherit; font-weight: 600; padding: 0.5rem 1.25rem; border: 2px solid var(--link); background: var(--link); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
.error-summary { border: 4px solid var(--error); padding: 1rem 1.25rem; margin: 0 0 1.5rem; }
.error-summary h2 { margin-top: 0; font-size: 1.25rem; }
.error-summary a { color: var(--error); font-weight: 600; }
.notice { border-left: 6px solid var(--link); background: var(--tint); padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
dl.facts { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0.5rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; max-width: 48rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--line); }
.status { display: inline-block; padding: 0 0.5rem; border: 2px solid var(--ink); font-weight: 600; }
.inline-form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; }
.inline-form .field { margin: 0; }
.progress { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0 0 1rem; }
.progress progress { width: 100%; max-width: 24rem; height: 1.25rem; accent-color: var(--link); }
.pagination { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; margin: 1rem 0; }
.pagination p { margin: 0; }
.pagination ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
@media print { header.site, nav.main, .skip-link { display: none; } }
`;
