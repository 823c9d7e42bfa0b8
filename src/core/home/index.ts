/** A user's Home (Slack App Home): what sockerr does, their channels' settings, the workspace's week. */
export { buildHomeView } from './home-view.js';
