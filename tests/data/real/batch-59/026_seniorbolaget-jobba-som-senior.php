<?php
/**
 * Title: Jobba med oss - Infosida
 * Slug: seniorbolaget/jobba-med-oss-page
 * Categories: seniorbolaget, info
 * Description: Rekryteringssida för seniorer som vill jobba med Seniorbolaget
 * Viewport Width: 1440
 */
?>

<!-- HERO SECTION -->
<!-- wp:group {"align":"full","style":{"color":{"background":"#FFF4F2"},"spacing":{"padding":{"top":"80px","bottom":"80px","left":"clamp(24px, 5vw, 80px)","right":"clamp(24px, 5vw, 80px)"},"margin":{"top":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull" style="background-color:#FFF4F2;margin-top:0;padding-top:80px;padding-right:clamp(24px, 5vw, 80px);padding-bottom:80px;padding-left:clamp(24px, 5vw, 80px)">

	<!-- wp:heading {"level":1,"style":{"typography":{"fontWeight":"700","lineHeight":"1.1","fontSize":"clamp(2rem, 5vw, 3rem)"},"color":{"text":"#1F2937"},"spacing":{"margin":{"bottom":"1.5rem"}}}} -->
	<h1 class="wp-block-heading" style="color:#1F2937;font-size:clamp(2rem, 5vw, 3rem);font-weight:700;line-height:1.1;margin-bottom:1.5rem">Jobba med Seniorbolaget — aktiv vardag med mening</h1>
	<!-- /wp:heading -->

	<!-- wp:paragraph {"style":{"typography":{"fontSize":"1.375rem","lineHeight":"1.7"},"color":{"text":"#4B5563"},"spacing":{"margin":{"bottom":"1rem"}}}} -->
	<p style="color:#4B5563;font-size:1.375rem;line-height:1.7;margin-bottom:1rem">Att arbeta hos Seniorbolaget är ett bra sätt att hålla igång kropp och själ. Förutom att du rör på kroppen får du ett socialt umgänge där du träffar andra seniorer och kunder.</p>
	<!-- /wp:paragraph -->

	<!-- wp:paragraph {"style":{"typography":{"fontSize":"1.25rem","lineHeight":"1.7"},"color":{"text":"#4B5563"},"spacing":{"margin":{"bottom":"2rem"}}}} -->
	<p style="color:#4B5563;font-size:1.25rem;line-height:1.7;margin-bottom:2rem">Genom ditt arbete underlättar du våra kunders vardag och möts ständigt av positiv respons för det arbete du utför.</p>
	<!-- /wp:paragraph -->

	<!-- wp:html -->
	<p style="font-family:Inter,sans-serif;font-size:1.1rem;color:#1F2937;text-align:left;margin-bottom:12px;font-weight:500;">
	  Gör skillnad, ha roligt och tjäna extra — anmäl dig idag!
	</p>
	<!-- /wp:html -->

	<!-- wp:buttons {"layout":{"type":"flex","justifyContent":"left"},"style":{"spacing":{"margin":{"bottom":"1.5rem"}}}} -->
	<div class="wp-block-buttons" style="margin-bottom:1.5rem">
		<!-- wp:button {"backgroundColor":"rod","textColor":"vit","style":{"border":{"radius":"50px"},"spacing":{"padding":{"top":"1rem","bottom":"1rem","left":"2rem","right":"2rem"}},"typography":{"fontWeight":"600","fontSize":"1.125rem"}}} -->
		<div class="wp-block-button"><a class="wp-block-button__link has-rod-background-color has-vit-color has-text-color has-background wp-element-button" href="/intresse-anmalan" style="border-radius:50px;padding:1rem 2rem;font-weight:600;font-size:1.125rem">Anmäl ditt intresse</a></div>
		<!-- /wp:button -->
	</div>
	<!-- /wp:buttons -->

	<!-- wp:html -->
	<div style="display:flex;gap:12px;flex-wrap:wrap;margin-top:1.5rem;">
		<div style="display:inline-flex;align-items:center;gap:8px;background:#fff;border:1.5px solid #e5e7eb;border-radius:50px;padding:10px 18px;font-size:1rem;font-weight:600;color:#1F2937;box-shadow:0 1px 4px rgba(0,0,0,0.06);">
			<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><path d="M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z"/></svg>
			<span>Alltid försäkrad</span>
		</div>
		<div style="display:inline-flex;align-items:center;gap:8px;background:#fff;border:1.5px solid #e5e7eb;border-radius:50px;padding:10px 18px;font-size:1rem;font-weight:600;color:#1F2937;box-shadow:0 1px 4px rgba(0,0,0,0.06);">
			<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><polyline points="20 6 9 17 4 12"/></svg>
			<span>Välj dina uppdrag</span>
		</div>
		<div style="display:inline-flex;align-items:center;gap:8px;background:#fff;border:1.5px solid #e5e7eb;border-radius:50px;padding:10px 18px;font-size:1rem;font-weight:600;color:#1F2937;box-shadow:0 1px 4px rgba(0,0,0,0.06);">
			<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><line x1="12" y1="1" x2="12" y2="23"/><path d="M17 5H9.5a3.5 3.5 0 0 0 0 7h5a3.5 3.5 0 0 1 0 7H6"/></svg>
			<span>130–160 kr/timme</span>
		</div>
	</div>
	<!-- /wp:html -->

</div>
<!-- /wp:group -->


<!-- VI SÖKER NU SECTION (NYTT) -->
<!-- wp:group {"align":"full","style":{"color":{"background":"#C91C22"},"spacing":{"padding":{"top":"40px","bottom":"40px","left":"clamp(24px, 5vw, 80px)","right":"clamp(24px, 5vw, 80px)"},"margin":{"top":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull" style="background-color:#C91C22;margin-top:0;padding-top:40px;padding-right:clamp(24px, 5vw, 80px);padding-bottom:40px;padding-left:clamp(24px, 5vw, 80px)">

	<!-- wp:html -->
	<div style="text-align:center;">
		<p style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:700;color:#fff;margin:0 0 16px;">🔥 Vi söker just nu seniorer i:</p>
		<div style="display:flex;flex-wrap:wrap;justify-content:center;gap:10px;">
			<span style="background:rgba(255,255,255,0.2);border-radius:50px;padding:8px 18px;font-family:Inter,sans-serif;font-size:1rem;font-weight:600;color:#fff;">Göteborg</span>
			<span style="background:rgba(255,255,255,0.2);border-radius:50px;padding:8px 18px;font-family:Inter,sans-serif;font-size:1rem;font-weight:600;color:#fff;">Malmö</span>
			<span style="background:rgba(255,255,255,0.2);border-radius:50px;padding:8px 18px;font-family:Inter,sans-serif;font-size:1rem;font-weight:600;color:#fff;">Helsingborg</span>
			<span style="background:rgba(255,255,255,0.2);border-radius:50px;padding:8px 18px;font-family:Inter,sans-serif;font-size:1rem;font-weight:600;color:#fff;">Jönköping</span>
			<span style="background:rgba(255,255,255,0.2);border-radius:50px;padding:8px 18px;font-family:Inter,sans-serif;font-size:1rem;font-weight:600;color:#fff;">Örebro</span>
			<span style="background:rgba(255,255,255,0.2);border-radius:50px;padding:8px 18px;font-family:Inter,sans-serif;font-size:1rem;font-weight:600;color:#fff;">+ 21 fler orter</span>
		</div>
	</div>
	<!-- /wp:html -->

</div>
<!-- /wp:group -->


<!-- LÖN SECTION (NYTT) -->
<!-- wp:group {"align":"full","style":{"color":{"background":"#FFFFFF"},"spacing":{"padding":{"top":"80px","bottom":"80px","left":"clamp(24px, 5vw, 80px)","right":"clamp(24px, 5vw, 80px)"},"margin":{"top":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull" style="background-color:#FFFFFF;margin-top:0;padding-top:80px;padding-right:clamp(24px, 5vw, 80px);padding-bottom:80px;padding-left:clamp(24px, 5vw, 80px)">

	<!-- wp:heading {"textAlign":"center","level":2,"style":{"typography":{"fontWeight":"700","fontSize":"2rem"},"color":{"text":"#1F2937"},"spacing":{"margin":{"bottom":"1rem"}}}} -->
	<h2 class="wp-block-heading has-text-align-center" style="color:#1F2937;font-size:2rem;font-weight:700;margin-bottom:1rem">Vad tjänar jag?</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph {"align":"center","style":{"color":{"text":"#4B5563"},"typography":{"fontSize":"1.25rem"},"spacing":{"margin":{"bottom":"3rem"}}}} -->
	<p class="has-text-align-center" style="color:#4B5563;font-size:1.25rem;margin-bottom:3rem">Timlön med semesterersättning — ett bra tillskott till pensionen.</p>
	<!-- /wp:paragraph -->

	<!-- wp:html -->
	<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:24px;max-width:800px;margin:0 auto;">
		<div style="background:#FAFAF8;border-radius:16px;padding:32px;text-align:center;">
			<p style="font-family:Inter,sans-serif;font-size:1rem;color:#6B7280;margin:0 0 8px;">Städning & trädgård</p>
			<p style="font-family:Rubik,sans-serif;font-size:2.25rem;font-weight:700;color:#1F2937;margin:0;">130 kr</p>
			<p style="font-family:Inter,sans-serif;font-size:0.9375rem;color:#6B7280;margin:8px 0 0;">per timme inkl. semester</p>
		</div>
		<div style="background:#FFF4F2;border:2px solid #C91C22;border-radius:16px;padding:32px;text-align:center;">
			<p style="font-family:Inter,sans-serif;font-size:1rem;color:#6B7280;margin:0 0 8px;">Hantverk (ROT)</p>
			<p style="font-family:Rubik,sans-serif;font-size:2.25rem;font-weight:700;color:#C91C22;margin:0;">160 kr</p>
			<p style="font-family:Inter,sans-serif;font-size:0.9375rem;color:#6B7280;margin:8px 0 0;">per timme inkl. semester</p>
		</div>
		<div style="background:#FAFAF8;border-radius:16px;padding:32px;text-align:center;">
			<p style="font-family:Inter,sans-serif;font-size:1rem;color:#6B7280;margin:0 0 8px;">Specialuppdrag</p>
			<p style="font-family:Rubik,sans-serif;font-size:2.25rem;font-weight:700;color:#1F2937;margin:0;">Enligt avtal</p>
			<p style="font-family:Inter,sans-serif;font-size:0.9375rem;color:#6B7280;margin:8px 0 0;">beroende på kompetens</p>
		</div>
	</div>
	<p style="text-align:center;font-family:Inter,sans-serif;font-size:0.9375rem;color:#6B7280;margin:24px 0 0;">Du väljer själv hur mycket du vill jobba — ingen minsta arbetstid.</p>
	<style>
	@media (max-width: 768px) {
		div[style*="grid-template-columns:repeat(3,1fr)"] { grid-template-columns: 1fr !important; }
	}
	</style>
	<!-- /wp:html -->

</div>
<!-- /wp:group -->


<!-- FÖRDELAR SECTION -->
<!-- wp:group {"align":"full","style":{"color":{"background":"#FAFAF8"},"spacing":{"padding":{"top":"80px","bottom":"80px","left":"clamp(24px, 5vw, 80px)","right":"clamp(24px, 5vw, 80px)"},"margin":{"top":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull" style="background-color:#FAFAF8;margin-top:0;padding-top:80px;padding-right:clamp(24px, 5vw, 80px);padding-bottom:80px;padding-left:clamp(24px, 5vw, 80px)">

	<!-- wp:heading {"textAlign":"center","level":2,"style":{"typography":{"fontWeight":"700","fontSize":"2rem"},"color":{"text":"#1F2937"},"spacing":{"margin":{"bottom":"3rem"}}}} -->
	<h2 class="wp-block-heading has-text-align-center" style="color:#1F2937;font-size:2rem;font-weight:700;margin-bottom:3rem">Fördelarna med att jobba hos oss</h2>
	<!-- /wp:heading -->

	<!-- wp:html -->
	<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:24px;max-width:1000px;margin:0 auto;">
		<div style="background:#fff;border-radius:16px;padding:28px;box-shadow:0 2px 12px rgba(0,0,0,0.04);">
			<div style="width:56px;height:56px;background:#FFF4F2;border-radius:14px;display:flex;align-items:center;justify-content:center;margin-bottom:18px;">
				<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><path d="M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z"/></svg>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Alltid försäkrad</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Du och det uppdrag du utför är alltid försäkrat, vilket ger dig extra trygghet.</p>
		</div>
		<div style="background:#fff;border-radius:16px;padding:28px;box-shadow:0 2px 12px rgba(0,0,0,0.04);">
			<div style="width:56px;height:56px;background:#FFF4F2;border-radius:14px;display:flex;align-items:center;justify-content:center;margin-bottom:18px;">
				<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><circle cx="12" cy="12" r="10"/><polyline points="12 6 12 12 16 14"/></svg>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Du bestämmer</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Välj själv vilka uppdrag du vill ta, när du vill jobba och hur mycket.</p>
		</div>
		<div style="background:#fff;border-radius:16px;padding:28px;box-shadow:0 2px 12px rgba(0,0,0,0.04);">
			<div style="width:56px;height:56px;background:#FFF4F2;border-radius:14px;display:flex;align-items:center;justify-content:center;margin-bottom:18px;">
				<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><path d="M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2"/><circle cx="9" cy="7" r="4"/><path d="M23 21v-2a4 4 0 0 0-3-3.87"/><path d="M16 3.13a4 4 0 0 1 0 7.75"/></svg>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Socialt umgänge</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Träffa kunder och kollegor. Det sociala är en stor del av det roliga.</p>
		</div>
		<div style="background:#fff;border-radius:16px;padding:28px;box-shadow:0 2px 12px rgba(0,0,0,0.04);">
			<div style="width:56px;height:56px;background:#FFF4F2;border-radius:14px;display:flex;align-items:center;justify-content:center;margin-bottom:18px;">
				<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><line x1="12" y1="1" x2="12" y2="23"/><path d="M17 5H9.5a3.5 3.5 0 0 0 0 7h5a3.5 3.5 0 0 1 0 7H6"/></svg>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Extra inkomst</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Du får timlön med semesterersättning — ett bra tillskott till pensionen.</p>
		</div>
		<div style="background:#fff;border-radius:16px;padding:28px;box-shadow:0 2px 12px rgba(0,0,0,0.04);">
			<div style="width:56px;height:56px;background:#FFF4F2;border-radius:14px;display:flex;align-items:center;justify-content:center;margin-bottom:18px;">
				<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><path d="M20.84 4.61a5.5 5.5 0 0 0-7.78 0L12 5.67l-1.06-1.06a5.5 5.5 0 0 0-7.78 7.78l1.06 1.06L12 21.23l7.78-7.78 1.06-1.06a5.5 5.5 0 0 0 0-7.78z"/></svg>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Meningsfullt</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Gör skillnad i någons vardag. Ditt arbete underlättar livet för våra kunder.</p>
		</div>
		<div style="background:#fff;border-radius:16px;padding:28px;box-shadow:0 2px 12px rgba(0,0,0,0.04);">
			<div style="width:56px;height:56px;background:#FFF4F2;border-radius:14px;display:flex;align-items:center;justify-content:center;margin-bottom:18px;">
				<svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><path d="M21 10c0 7-9 13-9 13s-9-6-9-13a9 9 0 0 1 18 0z"/><circle cx="12" cy="10" r="3"/></svg>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Nära hemmet</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Jobba lokalt. Vi finns på 26 orter runt om i Sverige.</p>
		</div>
	</div>
	<style>
	@media (max-width: 768px) {
		div[style*="grid-template-columns:repeat(3,1fr)"] { grid-template-columns: repeat(2, 1fr) !important; }
	}
	@media (max-width: 480px) {
		div[style*="grid-template-columns:repeat(3,1fr)"] { grid-template-columns: 1fr !important; }
	}
	</style>
	<!-- /wp:html -->

</div>
<!-- /wp:group -->


<!-- HUR DET FUNKAR SECTION -->
<!-- wp:group {"align":"full","style":{"color":{"background":"#FFFFFF"},"spacing":{"padding":{"top":"80px","bottom":"80px","left":"clamp(24px, 5vw, 80px)","right":"clamp(24px, 5vw, 80px)"},"margin":{"top":"0"}}},"layout":{"type":"constrained"}} -->
<div class="wp-block-group alignfull" style="background-color:#FFFFFF;margin-top:0;padding-top:80px;padding-right:clamp(24px, 5vw, 80px);padding-bottom:80px;padding-left:clamp(24px, 5vw, 80px)">

	<!-- wp:heading {"textAlign":"center","level":2,"style":{"typography":{"fontWeight":"700","fontSize":"2rem"},"color":{"text":"#1F2937"},"spacing":{"margin":{"bottom":"3rem"}}}} -->
	<h2 class="wp-block-heading has-text-align-center" style="color:#1F2937;font-size:2rem;font-weight:700;margin-bottom:3rem">Hur det funkar</h2>
	<!-- /wp:heading -->

	<!-- wp:html -->
	<div style="display:flex;gap:32px;max-width:900px;margin:0 auto;justify-content:center;flex-wrap:wrap;">
		<div style="flex:1;min-width:200px;max-width:280px;text-align:center;">
			<div style="width:72px;height:72px;background:#C91C22;border-radius:50%;display:flex;align-items:center;justify-content:center;margin:0 auto 18px;">
				<span style="font-family:Rubik,sans-serif;font-size:1.75rem;font-weight:700;color:#fff;">1</span>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Anmäl intresse</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Kontakta oss via formuläret eller ring. Berätta om dig själv och vad du vill jobba med.</p>
		</div>
		<div style="flex:1;min-width:200px;max-width:280px;text-align:center;">
			<div style="width:72px;height:72px;background:#C91C22;border-radius:50%;display:flex;align-items:center;justify-content:center;margin:0 auto 18px;">
				<span style="font-family:Rubik,sans-serif;font-size:1.75rem;font-weight:700;color:#fff;">2</span>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Intervju</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Du blir kallad till en intervju med din lokala franchisetagare. Vi går igenom din kompetens.</p>
		</div>
		<div style="flex:1;min-width:200px;max-width:280px;text-align:center;">
			<div style="width:72px;height:72px;background:#16a34a;border-radius:50%;display:flex;align-items:center;justify-content:center;margin:0 auto 18px;">
				<svg width="32" height="32" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="2.5"><polyline points="20 6 9 17 4 12"/></svg>
			</div>
			<h3 style="font-family:Rubik,sans-serif;font-size:1.25rem;font-weight:600;color:#1F2937;margin:0 0 10px;">Börja jobba!</h3>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:0;line-height:1.6;">Vi matchar din kompetens mot våra uppdrag. Du väljer själv vilka du vill ta.</p>
		</div>
	</div>
	<!-- /wp:html -->

</div>
<!-- /wp:group -->


<!-- FAQ SECTION (NYTT) -->
<!-- wp:group {"align":"full","style":{"color":{"background":"#FAFAF8"},"spacing":{"padding":{"top":"80px","bottom":"80px","left":"clamp(24px, 5vw, 80px)","right":"clamp(24px, 5vw, 80px)"},"margin":{"top":"0"}}},"layout":{"type":"constrained","contentSize":"700px"}} -->
<div class="wp-block-group alignfull" style="background-color:#FAFAF8;margin-top:0;padding-top:80px;padding-right:clamp(24px, 5vw, 80px);padding-bottom:80px;padding-left:clamp(24px, 5vw, 80px)">

	<!-- wp:heading {"textAlign":"center","level":2,"style":{"typography":{"fontWeight":"700","fontSize":"2rem"},"color":{"text":"#1F2937"},"spacing":{"margin":{"bottom":"3rem"}}}} -->
	<h2 class="wp-block-heading has-text-align-center" style="color:#1F2937;font-size:2rem;font-weight:700;margin-bottom:3rem">Vanliga frågor från seniorer</h2>
	<!-- /wp:heading -->

	<!-- wp:html -->
	<div style="display:flex;flex-direction:column;gap:16px;">
		<details style="background:#fff;border-radius:12px;padding:22px 26px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,0.04);" open>
			<summary style="font-family:Rubik,sans-serif;font-size:1.125rem;font-weight:600;color:#1F2937;list-style:none;display:flex;justify-content:space-between;align-items:center;">
				Måste jag vara pensionär?
				<svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><polyline points="6 9 12 15 18 9"/></svg>
			</summary>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:18px 0 0;line-height:1.7;">Nej, men vi söker främst seniorer 55+. Vi värdesätter livserfarenhet och yrkesbakgrund — inte exakt ålder.</p>
		</details>
		<details style="background:#fff;border-radius:12px;padding:22px 26px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,0.04);">
			<summary style="font-family:Rubik,sans-serif;font-size:1.125rem;font-weight:600;color:#1F2937;list-style:none;display:flex;justify-content:space-between;align-items:center;">
				Hur mycket måste jag jobba?
				<svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><polyline points="6 9 12 15 18 9"/></svg>
			</summary>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:18px 0 0;line-height:1.7;">Det finns ingen minsta arbetstid. Du väljer själv vilka uppdrag du tackar ja till, och hur ofta du vill jobba.</p>
		</details>
		<details style="background:#fff;border-radius:12px;padding:22px 26px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,0.04);">
			<summary style="font-family:Rubik,sans-serif;font-size:1.125rem;font-weight:600;color:#1F2937;list-style:none;display:flex;justify-content:space-between;align-items:center;">
				Vad händer om jag blir sjuk eller vill åka bort?
				<svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><polyline points="6 9 12 15 18 9"/></svg>
			</summary>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:18px 0 0;line-height:1.7;">Inga problem. Vi matchar alltid med andra seniorer om du behöver pausa. Du är inte bunden till fasta tider.</p>
		</details>
		<details style="background:#fff;border-radius:12px;padding:22px 26px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,0.04);">
			<summary style="font-family:Rubik,sans-serif;font-size:1.125rem;font-weight:600;color:#1F2937;list-style:none;display:flex;justify-content:space-between;align-items:center;">
				Behöver jag egen bil?
				<svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="#C91C22" stroke-width="2"><polyline points="6 9 12 15 18 9"/></svg>
			</summary>
			<p style="font-family:Inter,sans-serif;font-size:1.0625rem;color:#4B5563;margin:18px 0 0;line-height:1.7;">Körkort och tillgång till bil är en fördel, men inte alltid ett krav. Det beror på uppdragens karaktär och var du bor.</p>
		</details>
	</div>
	<style>
	details summary::-webkit-details-marker { display: none; }
	details[open] summary svg { transform: rotate(180deg); }
	</style>
	<!-- /wp:html -->

</div>
<!-- /wp:group -->


<!-- KRAV SECTION -->
<!-- wp:group {"align":"full","style":{"color":{"background":"#FFFFFF"},"spacing":{"padding":{"top":"80px","bottom":"80px","left":"clamp(24px, 5vw, 80px)","right":"clamp(24px, 5vw, 80px)"},"margin":{"top":"0"}}},"layout":{"type":"constrained","contentSize":"700px"}} -->
<div class="wp-block-group alignfull" style="background-color:#FFFFFF;margin-top:0;padding-top:80px;padding-right:clamp(24px, 5vw, 80px);padding-bottom:80px;padding-left:clamp(24px, 5vw, 80px)">

	<!-- wp:heading {"textAlign":"center","level":2,"style":{"typography":{"fontWeight":"700","fontSize":"2rem"},"color":{"text":"#1F2937"},"spacing":{"margin":{"bottom":"2rem"}}}} -->
	<h2 class="wp-block-heading has-text-align-center" style="color:#1F2937;font-size:2rem;font-weight:700;margin-bottom:2rem">Vad vi söker</h2>
	<!-- /wp:heading -->

	<!-- wp:html -->
	<div style="background:#FAFAF8;border-radius:16px;padding:36px;max-width:500px;margin:0 auto;">
		<ul style="list-style:none;padding:0;margin:0;display:flex;flex-direction:column;gap:18px;">
			<li style="display:flex;align-items:center;gap:14px;">
				<div style="width:28px;height:28px;background:#C91C22;border-radius:50%;display:flex;align-items:center;justify-content:center;flex-shrink:0;">
					<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="3"><polyline points="20 6 9 17 4 12"/></svg>
				</div>
				<span style="font-family:Inter,sans-serif;font-size:1.125rem;color:#1F2937;">Svenska i tal och skrift</span>
			</li>
			<li style="display:flex;align-items:center;gap:14px;">
				<div style="width:28px;height:28px;background:#C91C22;border-radius:50%;display:flex;align-items:center;justify-content:center;flex-shrink:0;">
					<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="3"><polyline points="20 6 9 17 4 12"/></svg>
				</div>
				<span style="font-family:Inter,sans-serif;font-size:1.125rem;color:#1F2937;">Körkort (fördel, ej krav)</span>
			</li>
			<li style="display:flex;align-items:center;gap:14px;">
				<div style="width:28px;height:28px;background:#C91C22;border-radius:50%;display:flex;align-items:center;justify-content:center;flex-shrink:0;">
					<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="3"><polyline points="20 6 9 17 4 12"/></svg>
				</div>
				<span style="font-family:Inter,sans-serif;font-size:1.125rem;color:#1F2937;">Serviceinriktad och noggrann</span>
			</li>
			<li style="display:flex;align-items:center;gap:14px;">
				<div style="width:28px;height:28px;background:#C91C22;border-radius:50%;display:flex;align-items:center;justify-content:center;flex-shrink:0;">
					<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="3"><polyline points="20 6 9 17 4 12"/></svg>
				</div>
				<span style="font-family:Inter,sans-serif;font-size:1.125rem;color:#1F2937;">Senior/pensionär 55+</span>
			</li>
		</ul>
	</div>
	<!-- /wp:html -->

</div>
<!-- /wp:group -->


<!-- CTA SECTION -->
<!-- wp:group {"align":"full","style":{"spacing":{"padding":{"top":"100px","bottom":"100px"}},"color":{"background":"#C91C22"}},"layout":{"type":"constrained","contentSize":"700px"}} -->
<div class="wp-block-group alignfull has-background" style="background-color:#C91C22;padding-top:100px;padding-bottom:100px;">

	<!-- wp:heading {"textAlign":"center","level":2,"style":{"typography":{"fontSize":"clamp(1.75rem,4vw,2.5rem)","fontWeight":"700"},"color":{"text":"#ffffff"},"spacing":{"margin":{"bottom":"1rem"}}}} -->
	<h2 class="wp-block-heading has-text-align-center" style="color:#fff;font-size:clamp(1.75rem,4vw,2.5rem);font-weight:700;margin-bottom:1rem;">Ta steget — anmäl ditt intresse idag</h2>
	<!-- /wp:heading -->

	<!-- wp:paragraph {"align":"center","style":{"color":{"text":"rgba(255,255,255,0.9)"},"typography":{"fontSize":"1.25rem"},"spacing":{"margin":{"bottom":"2.5rem"}}}} -->
	<p class="has-text-align-center" style="color:rgba(255,255,255,0.9);font-size:1.25rem;margin-bottom:2.5rem;">Välkommen till Seniorbolaget! Vi skulle bli glada om du valde att arbeta med oss.</p>
	<!-- /wp:paragraph -->

	<!-- wp:buttons {"layout":{"type":"flex","justifyContent":"center"}} -->
	<div class="wp-block-buttons">
		<!-- wp:button {"backgroundColor":"vit","textColor":"rod","style":{"border":{"radius":"50px"},"spacing":{"padding":{"top":"1rem","bottom":"1rem","left":"2.5rem","right":"2.5rem"}},"typography":{"fontSize":"1.25rem","fontWeight":"700"}}} -->
		<div class="wp-block-button"><a class="wp-block-button__link has-rod-color has-vit-background-color has-text-color has-background wp-element-button" href="/intresse-anmalan" style="border-radius:50px;padding:1rem 2.5rem;font-size:1.25rem;font-weight:700;">Anmäl intresse</a></div>
		<!-- /wp:button -->
	</div>
	<!-- /wp:buttons -->

	<!-- wp:paragraph {"align":"center","style":{"color":{"text":"rgba(255,255,255,0.8)"},"typography":{"fontSize":"1rem"},"spacing":{"margin":{"top":"1.5rem"}}}} -->
	<p class="has-text-align-center" style="color:rgba(255,255,255,0.8);font-size:1rem;margin-top:1.5rem;">Eller ring oss på 010-175 19 00 — så berättar vi mer.</p>
	<!-- /wp:paragraph -->

</div>
<!-- /wp:group -->
