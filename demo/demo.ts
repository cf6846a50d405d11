import '../src/index.js';
import { setUpEmbedPanel } from './embed-panel.js';

setUpEmbedPanel();
