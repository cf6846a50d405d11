import '../src/index.js';
import { setUpEmbedPanel } from './embed-panel.js';
import { setUpThemePlayground } from './theme-playground.js';

setUpEmbedPanel();
setUpThemePlayground();
