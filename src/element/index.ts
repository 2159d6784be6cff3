/**
 * The web component's script (dist/container-lifecycle.js, and the classic build
 * container-lifecycle.iife.js): loading it registers <container-lifecycle>.
 */
import { defineContainerLifecycle } from './ContainerLifecycleElement';

defineContainerLifecycle();

export { ContainerLifecycleElement, defineContainerLifecycle } from './ContainerLifecycleElement';
