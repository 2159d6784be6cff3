/** Where a scene's tokens go, and how they look: the token layer's side of the picture. */
import type { Palette } from './DiagramPicture';
import { TOKEN, tokensShown, tokenSlot, type Scene } from './scene';
import type { TokenPlaces } from './tokens';

export function tokenPlaces(scene: Scene, palette: Palette): TokenPlaces {
  const nodes = new Map(scene.nodes.map((n) => [n.state, n]));
  return {
    slot: (state, i, n) => {
      const node = nodes.get(state);
      return node ? tokenSlot(node, i, scene.orientation, n) : { x: 0, y: 0 };
    },
    shown: tokensShown(scene.orientation),
    width: TOKEN.width,
    height: TOKEN.height,
    fontSize: scene.fonts.token,
    nameChars: 7,
    colors: { body: palette.text, name: palette.background, note: palette.text },
  };
}
