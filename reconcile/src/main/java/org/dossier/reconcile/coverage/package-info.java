/** Coverage: which topics each source covers, and the facts only one source reports. */
package org.dossier.reconcile.coverage;
