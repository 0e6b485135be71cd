test_response = """
<div class="listResults">
    <div data-jobid="203899" data-result-id="203899" data-preview-url="/jobs/203899?a=16nE6ts6n6qQ&amp;amp;so=i&amp;amp;sec=False&amp;amp;pg=1&amp;amp;offset=1&amp;amp;total=55&amp;amp;srp=True&amp;amp;so_medium=Internal&amp;amp;so_source=JobSearchPreview" data-beacon-url="/jobs/n/v/203899?url=%2Fjobs%2F203899%3Fa%3D16nE6ts6n6qQ%26so%3Di%26sec%3DFalse%26pg%3D1%26offset%3D1%26total%3D55%26srp%3DTrue%26so_medium%3DInternal%26so_source%3DJobSearchPreview&amp;amp;referrer=http%3A%2F%2Fcareers.stackoverflow.com%2Fso-proxy%2Fjobs%3Fq%3Dpython%2Bdeveloper%26r%3Dtrue%26_%3D1586552212374" class="-job js-result js-dismiss-overlay-container ps-relative  p12 pl24 ">
        <div class="dismiss-overlay ps-absolute ta-center t0 r0 b0 l0 grid ai-center jc-center o90 bg-black-050 z-active">
            <p class="mb0">Okay, you won’t see this job anymore. <a href="#" class="js-undismiss-job" data-id="203899">Undo</a></p>
        </div>
    
        <div class="grid">
            <img src="https://i.stack.imgur.com/9z3js.jpg?s=48" class="grid--cell fl-shrink0 w48 h48 bar-sm mr12">        
            <div class="grid--cell fl1 ">
                <h2 class="mb4 fc-black-800 fs-body3">
                    <a href="/jobs/203899/senior-python-developer-remote-x-team?a=16nE6trWN8Na&amp;so=i&amp;pg=1&amp;offset=1&amp;total=55&amp;so_medium=Internal&amp;so_source=JobSearch&amp;q=python+developer&amp;r=true" title="Senior Python Developer (Remote)" class="s-link stretched-link">Senior Python Developer (Remote)</a>            </h2>

                <h3 class="fc-black-700 fs-body1 mb4">
                    <span>X-Team
                    </span>
                    •
                    <span class="fc-black-500">
    No office location                </span>
                </h3>
                <div class="ps-relative d-inline-block z-selected">
                    <a href="/jobs/developer-jobs-using-python" class="post-tag no-tag-menu">python</a><a href="/jobs/developer-jobs-using-django" class="post-tag no-tag-menu">django</a><a href="/jobs/developer-jobs-using-flask" class="post-tag no-tag-menu">flask</a>
                </div>
                <div class="mt4 fs-caption fc-black-500 grid gs4 gsx fw-wrap">
                    <div class="grid--cell ">
                        <span class="fc-black-700 fw-bold"><span><svg aria-hidden="true" class="svg-icon iconCheckmarkSm" width="14" height="14" viewBox="0 0 14 14"><path d="M13 3.41L11.59 2 5 8.59 2.41 6 1 7.41l4 4 8-8z"></path></svg></span> Applied 9 weeks ago</span>
                        <span class="fc-black-500 ps-relative z-selected c-help" data-controller="s-tooltip" aria-describedby="--stacks-s-tooltip-dj047ooq">(estimated) <span><svg aria-hidden="true" class="svg-icon iconInfoSm" width="14" height="14" viewBox="0 0 14 14"><path d="M7 1a6 6 0 1 1 0 12A6 6 0 0 1 7 1zm1 10V6H6v5h2zm0-6V3H6v2h2z"></path></svg></span></span><div id="--stacks-s-tooltip-dj047ooq" class="s-popover s-popover__tooltip pe-none" aria-hidden="true" role="tooltip">You selected the "Apply" button on these jobs and were redirected to an off-site application. Stack Overflow can’t confirm off-site application submissions.<div class="s-popover--arrow"></div></div>
                    </div>
                </div>
            </div>
            <div class="grid--cell grid ai-center w12">
                <button class="grid--cell s-btn s-btn__unset js-dismiss-job dismiss-trigger-new fc-black-500 c-pointer ps-relative z-selected h:fc-black-800" data-id="203899" data-referrer="JobSearch" title="Dismiss job"><svg aria-hidden="true" class="svg-icon iconClearSm" width="14" height="14" viewBox="0 0 14 14"><path d="M12 3.41L10.59 2 7 5.59 3.41 2 2 3.41 5.59 7 2 10.59 3.41 12 7 8.41 10.59 12 12 10.59 8.41 7 12 3.41z"></path></svg></button>
            </div>
        </div>
    </div>
</div>
"""