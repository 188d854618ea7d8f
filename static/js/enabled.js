/*
 * Runs first thing in <body>: marks the page as having JavaScript, and GOV.UK Frontend as
 * supported where the browser runs modules, before anything is drawn. Kept in a file, not
 * inline, so that the Content-Security-Policy can refuse every inline script.
 */
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
