import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { writeIcons } from '../scripts/icons.mjs';

/** Renders assets/icon*.svg to the PNGs the manifest names (icon/16.png, …) on every build. */
export default defineWxtModule({
  name: 'closeward:icons',
  setup(wxt) {
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      for (const icon of await writeIcons(path.join(wxt.config.wxtDir, 'icons'))) {
        files.push({ absoluteSrc: icon.absolute, relativeDest: icon.dest });
      }
    });
  },
});
