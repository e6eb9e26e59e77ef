/*
 * The page /api/docs: swagger-ui (its webjar, served by this server) shows the OpenAPI document. This file starts it
 * because the pages' Content-Security-Policy allows no inline script.
 */
(function () {
  'use strict';
  const root = document.getElementById('api-docs');
  if (!root || typeof SwaggerUIBundle !== 'function') {
    return;
  }
  SwaggerUIBundle({
    url: root.dataset.document,
    domNode: root,
    deepLinking: true,
    showExtensions: true,
    docExpansion: 'none',
    defaultModelsExpandDepth: 0,
    // no badge from an outside validator: nothing leaves this server
    validatorUrl: null
  });
})();
