/** A user's Home (Slack App Home): what sockerr does, their channels' settings, the workspace's week. */
export { buildHomeView, type HomeChannel, type HomeInput, type HomeView } from './home-view.js';
