export { CLUSTER_WINDOW_DAYS, clusterSlot, clusterSlots, placeKey } from './key.js';
export { clusterRecord } from './view.js';
export type { ClusterActor, ClusterMention, ClusterRecord } from './view.js';
