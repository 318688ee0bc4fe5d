// Accessibility check of the page as it is now: axe-core (injected from node_modules) with the WCAG 2.0/2.1/2.2
// A and AA rules; any critical or serious violation fails, listed with its rule, impact and first elements.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self') refuses an injected <script>
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The critical and serious violations on the page (empty when none). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE)
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  )
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }))
}

/** Throws when the page has a critical or serious violation; `where` names the screen and width. */
export async function assertAccessible(page, where) {
  const found = await axeViolations(page)
  if (found.length)
    throw new Error(
      `${where}: ${found.length} axe violations\n` +
        found.map((v) => `${v.impact} ${v.id} (${v.nodes}): ${v.help}\n      ${v.targets.join('\n      ')}`).join('\n'),
    )
}
