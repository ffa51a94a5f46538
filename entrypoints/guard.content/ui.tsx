import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { DisclosurePrompt } from '../../components/DisclosurePrompt';
import { FindingTooltip } from '../../components/FindingTooltip';
import { StatusBadge } from '../../components/StatusBadge';
import { GUARD_CSS } from '../../components/guard-styles';
import type { GuardView, PromptHandle } from '../../lib/guard/compose-guard';
import type { DisclosurePromptProps } from '../../lib/guard/types';

/** Positioning of the per-compose layer; the components' own look comes from GUARD_CSS. */
const LAYER_CSS = `
.phig-layer { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646; pointer-events: none; }
.phig-badge-anchor { position: fixed; transform: translate(-100%, 0.25em); pointer-events: none; white-space: nowrap; }
`;

/** Events a page script could fake to press the prompt's buttons: only the user's own (isTrusted) get through. */
const GUARDED_EVENTS = ['click', 'dblclick', 'auxclick', 'keydown', 'keyup', 'keypress', 'input', 'change', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'submit', 'beforeinput'];

export function trustedOnly(shadow: ShadowRoot): void {
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(type, (event) => {
      if (event.isTrusted) return;
      event.stopImmediatePropagation();
      event.preventDefault();
    }, { capture: true });
  }
}

/** Badge, hover explanation and textarea overlay of one compose box, in its own shadow root. */
export async function createComposeView(ctx: ContentScriptContext): Promise<GuardView> {
  const ui = await createShadowRootUi<{ root: Root; layer: HTMLElement }>(ctx, {
    name: 'phi-guard-layer',
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    css: GUARD_CSS + LAYER_CSS,
    onMount(container) {
      const layer = document.createElement('div');
      layer.className = 'phig-layer';
      const reactHost = document.createElement('div');
      layer.append(reactHost);
      container.append(layer);
      return { root: createRoot(reactHost), layer };
    },
    onRemove(mounted) { mounted?.root.unmount(); },
  });
  ui.mount();
  const mounted = ui.mounted!;
  return {
    layer: mounted.layer,
    render({ badge, count, anchor, tooltip }) {
      mounted.root.render(
        <>
          {anchor && anchor.width > 0 ? (
            <div className="phig-badge-anchor" style={{ left: anchor.right, top: anchor.bottom }}>
              <StatusBadge state={badge} count={count} />
            </div>
          ) : null}
          {tooltip ? <FindingTooltip finding={tooltip.finding} position={{ left: tooltip.left, top: tooltip.top }} /> : null}
        </>,
      );
      ui.shadowHost.dataset.badge = badge;
      ui.shadowHost.dataset.count = String(count);
    },
    remove() { ui.remove(); },
  };
}

/** The disclosure prompt in an isolated shadow root; page CSS cannot reach it, page scripts cannot press it. */
export async function openDisclosurePrompt(ctx: ContentScriptContext, props: DisclosurePromptProps): Promise<PromptHandle> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'phi-guard-prompt',
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    css: GUARD_CSS,
    // Keys typed in the prompt must not trigger the web app's shortcuts.
    isolateEvents: true,
    onMount(container, shadow) {
      trustedOnly(shadow);
      const root = createRoot(container);
      root.render(<DisclosurePrompt {...props} />);
      return root;
    },
    onRemove(root) { root?.unmount(); },
  });
  ui.mount();
  return {
    update(next) { ui.mounted?.render(<DisclosurePrompt {...next} />); },
    close() { ui.remove(); },
  };
}
